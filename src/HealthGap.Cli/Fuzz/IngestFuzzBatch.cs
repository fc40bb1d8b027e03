using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Fuzz;

/// <summary>
/// Reads fuzz inputs through the real ingest path (Core's <see cref="IngestProbe"/>: the CSV and FHIR readers,
/// field checks, pseudonymisation, opt-out and linkage, the staging writer) against one in-memory DuckDB
/// database shared by a batch of inputs (a store per input would be far too slow for a million). Each input is
/// a file of its own (its own file id and counters). It checks what ingest promises: no exception but the
/// documented refusal of a whole file, and every record accounted for (read = accepted + quarantined + opted
/// out), down to one quarantine row written per record counted as quarantined. It does not run the set-based
/// merge (duplicates across files, upserts), which needs a real store.
/// </summary>
internal sealed class IngestFuzzBatch : IDisposable
{
    private readonly IngestProbe _probe;
    private readonly Dictionary<int, long> _quarantinedByFile = [];

    public IngestFuzzBatch(ReferenceData reference, PseudonymisationKey key, IReadOnlyList<FuzzSeed> context, string directory)
    {
        _probe = new IngestProbe(reference, key, directory);
        foreach (var seed in context)
        {
            if (Run(seed, seed.Content) is { } problem)
            {
                throw new InvalidOperationException($"the clean fuzz context {seed.FileName} failed: {problem}");
            }
        }
    }

    /// <summary>Inputs read into this batch.</summary>
    public int Count => _probe.FilesRead;

    /// <summary>Reads one input; returns null when ingest behaved as documented, else what went wrong.</summary>
    public FuzzProblem? Run(FuzzSeed seed, byte[] content)
    {
        var fileId = _probe.FilesRead;
        IngestProbeResult result;
        try
        {
            result = _probe.Read(seed.FileName, content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FuzzProblem(FuzzProblemKind.Crash, ex.ToString());
        }

        if (result.Refusal is not null)
        {
            // The documented refusal of a whole file (a missing column): ingest stops with a message, no crash.
            return null;
        }

        var feeds = result.Feeds;
        _quarantinedByFile[fileId] = feeds.Sum(c => c.Quarantined);
        foreach (var c in feeds)
        {
            if (c.Read != c.Accepted + c.Quarantined + c.OptedOut)
            {
                return new FuzzProblem(FuzzProblemKind.AccountingMismatch,
                    $"read {c.Read} ≠ accepted {c.Accepted} + quarantined {c.Quarantined} + opted out {c.OptedOut}");
            }
        }

        if (seed.FileName.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            // Every non-blank NDJSON line is at least one record (a Patient may be several registration rows).
            var lines = CountNonBlankLines(content);
            if (feeds.Sum(c => c.Read) < lines)
            {
                return new FuzzProblem(FuzzProblemKind.AccountingMismatch, $"{lines} non-blank lines but only {feeds.Sum(c => c.Read)} records read");
            }
        }

        return null;
    }

    /// <summary>
    /// Hands everything to DuckDB and compares the quarantine rows written per input with its counters.
    /// Returns the file ids whose quarantine rows differ, or throws what DuckDB threw.
    /// </summary>
    public IReadOnlyList<(int FileId, string Detail)> Finish()
    {
        var written = _probe.Flush();
        return _quarantinedByFile
            .Where(f => f.Value != written.GetValueOrDefault(f.Key))
            .Select(f => (f.Key, $"counted {f.Value} quarantined but wrote {written.GetValueOrDefault(f.Key)} quarantine rows"))
            .ToArray();
    }

    // Read as the NDJSON reader reads the file: UTF-8 (or the encoding its byte-order mark names), line by line.
    private static long CountNonBlankLines(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content));
        long count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                count++;
            }
        }

        return count;
    }

    public void Dispose() => _probe.Dispose();
}
