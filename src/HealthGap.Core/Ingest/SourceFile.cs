namespace HealthGap.Core.Ingest;

/// <summary>One extract file found in the source folder.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Feed">The CSV feed, or null for a FHIR file.</param>
/// <param name="Sha256">Content hash (hex), recorded so the same file is never loaded twice.</param>
/// <param name="Length">Size in bytes.</param>
internal sealed record SourceFile(string Path, FeedDefinition? Feed, string Sha256, long Length)
{
    /// <summary>File name without folder.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Order of reading: practices, opt-outs, registrations (CSV or FHIR Patient) before activity.</summary>
    public int Order => Feed is not null
        ? FeedCatalogue.All.ToList().FindIndex(f => f.Name == Feed.Name)
        : Name.StartsWith("Patient", StringComparison.OrdinalIgnoreCase) ? 2 : 50;

    /// <summary>
    /// Finds every known extract directly in <paramref name="directory"/> (not in subfolders: synth's
    /// <c>fhir/</c> sample repeats people of the CSV feeds and is ingested on its own). Every other file is
    /// named in <paramref name="warnings"/>, so an extract saved as <c>gp_events (1).csv</c> is not skipped
    /// unseen; two files that would be read as the same feed (<c>gp_events.csv</c>, <c>GP_EVENTS.csv</c>)
    /// stop the ingest, since neither can be trusted to be the right one.
    /// </summary>
    public static IReadOnlyList<SourceFile> Discover(string directory, ICollection<string>? warnings = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new IngestException($"the folder {directory} does not exist. Give the folder that holds the extract files (gp_registrations.csv, ...).");
        }

        var files = new List<SourceFile>();
        var unknown = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(path);
            var feed = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FeedCatalogue.ForFile(name) : null;
            var isFhir = name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                || (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !name.Equals("truth.json", StringComparison.OrdinalIgnoreCase));
            if (feed is not null || isFhir)
            {
                var (sha256, length) = HashAndLength(path);
                files.Add(new SourceFile(path, feed, sha256, length));
            }
            else if (!name.Equals("truth.json", StringComparison.OrdinalIgnoreCase))
            {
                unknown.Add(name);
            }
        }

        var ambiguous = files.Where(f => f.Feed is not null).GroupBy(f => f.Feed!.Name).FirstOrDefault(g => g.Count() > 1);
        if (ambiguous is not null)
        {
            throw new IngestException(
                $"{string.Join(" and ", ambiguous.Select(f => f.Name))} in {directory} would both be read as {ambiguous.Key}.csv. Keep one file per feed (remove or rename the other) and run the ingest again.");
        }

        if (unknown.Count > 0)
        {
            warnings?.Add($"{unknown.Count} file(s) in {directory} are not extracts ingest reads and were skipped: {string.Join(", ", unknown)}. " +
                "Extract files must be named exactly as in docs/extracts.md (gp_events.csv, ...) or end in .ndjson / .json.");
        }

        return files.OrderBy(f => f.Order).ThenBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    // The length comes from the opened file, not FileInfo: for a symbolic link FileInfo gives the link's
    // own few bytes, which sized the duplicate filter for a handful of records (every key then looked like
    // a possible repeat, and the first load lost its fast path).
    private static (string Sha256, long Length) HashAndLength(string path)
    {
        try
        {
            return Hash(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IngestException($"{System.IO.Path.GetFileName(path)} cannot be read ({ex.Message.TrimEnd('.')}). Make it readable by this user and run the ingest again; nothing was kept.", ex);
        }
    }

    private static (string Sha256, long Length) Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), stream.Length);
    }
}
