using Sylvan.Data.Csv;

namespace HealthGap.Core.Indicators.Codelists;

/// <summary>
/// The clinical code lists in <c>codelists/*.csv</c> (see codelists/README.md). A list is named by
/// its file name, optionally with <c>/category</c> to take the rows whose third column (category or
/// purpose) matches. ICD-10 and OPCS-4 lists (<c>icd10_*</c>, <c>opcs4_*</c>) match by prefix;
/// SNOMED CT and dm+d lists match exactly, codes kept as strings.
/// </summary>
public sealed class CodelistLibrary
{
    private readonly Dictionary<string, IReadOnlyList<(string Code, string Category)>> _lists;

    private CodelistLibrary(string directory, Dictionary<string, IReadOnlyList<(string Code, string Category)>> lists)
    {
        Directory = directory;
        _lists = lists;
    }

    /// <summary>The folder the lists were read from.</summary>
    public string Directory { get; }

    /// <summary>Names of every list.</summary>
    public IReadOnlyCollection<string> Names => _lists.Keys;

    /// <summary>Reads every CSV in <paramref name="directory"/>.</summary>
    public static CodelistLibrary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"code list folder '{directory}' does not exist; pass the repository's codelists/ folder.");
        }

        var lists = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = CsvDataReader.Create(file);
            var rows = new List<(string, string)>();
            while (reader.Read())
            {
                var code = reader.GetString(0).Trim();
                if (code.Length > 0)
                {
                    rows.Add((code, reader.FieldCount > 2 ? reader.GetString(2).Trim() : ""));
                }
            }

            lists[Path.GetFileNameWithoutExtension(file)] = rows;
        }

        return new CodelistLibrary(directory, lists);
    }

    /// <summary>The folder beside the binaries, else <c>codelists/</c> in a parent folder (a checkout).</summary>
    public static string FindDirectory()
    {
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "codelists");
        if (System.IO.Directory.Exists(besideBinaries))
        {
            return besideBinaries;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "codelists");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return besideBinaries;
    }

    /// <summary>True for ICD-10 and OPCS-4 lists, which match by code prefix.</summary>
    public static bool IsPrefixList(string name) => name.StartsWith("icd10_", StringComparison.Ordinal) || name.StartsWith("opcs4_", StringComparison.Ordinal);

    /// <summary>Null when <paramref name="reference"/> names a list (and category) that exists, else what is wrong.</summary>
    public string? Check(string reference)
    {
        var (name, category) = Split(reference);
        if (!_lists.TryGetValue(name, out var rows))
        {
            return $"no code list '{name}' in {Directory}. Known lists: {string.Join(", ", _lists.Keys.Order(StringComparer.Ordinal))}.";
        }

        if (category is not null && !rows.Any(r => r.Category == category))
        {
            return $"code list '{name}' has no rows with category '{category}'. Categories: {string.Join(", ", rows.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal))}.";
        }

        return null;
    }

    /// <summary>The codes of a list reference (<c>name</c> or <c>name/category</c>).</summary>
    public IReadOnlyList<string> Codes(string reference)
    {
        if (Check(reference) is { } problem)
        {
            throw new KeyNotFoundException(problem);
        }

        var (name, category) = Split(reference);
        return [.. _lists[name].Where(r => category is null || r.Category == category).Select(r => r.Code).Distinct()];
    }

    private static (string Name, string? Category) Split(string reference)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (reference, null) : (reference[..slash], reference[(slash + 1)..]);
    }
}
