using Sylvan.Data.Csv;

namespace HealthGap.Core.Indicators.Codelists;

/// <summary>
/// The one reader of the clinical code lists in <c>codelists/*.csv</c> (see codelists/README.md), used
/// by the indicator compiler, ingest (PLUS flags, codes that must not pass for NHS numbers) and the
/// synthetic generator. A list is named by its file name; <c>name/category</c> takes the rows whose
/// third column (<c>category</c>, or <c>purpose</c> in <c>healthgap_local.csv</c>) matches. ICD-10 and
/// OPCS-4 lists (<c>icd10_*</c>, <c>opcs4_*</c>) match by prefix; SNOMED CT and dm+d lists match exactly,
/// codes kept as strings. It does not find the folder: callers pass <c>HealthGapPaths.CodelistsDir</c>.
/// </summary>
public sealed class CodelistLibrary
{
    /// <summary>Separates a list's name from a category in a reference: <c>healthgap_local/lives_alone</c>.</summary>
    public const char CategorySeparator = '/';

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

    /// <summary>Reads every CSV in <paramref name="directory"/> (first column the code, third the category).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CodelistLibrary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"code list folder '{directory}' does not exist; point {Configuration.HealthGapPaths.CodelistsVariable} at the codelists/ folder of a HealthGap checkout.");
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

    /// <summary>True for ICD-10 and OPCS-4 lists, which match by code prefix.</summary>
    public static bool IsPrefixList(string name) => name.StartsWith("icd10_", StringComparison.Ordinal) || name.StartsWith("opcs4_", StringComparison.Ordinal);

    /// <summary>Null when <paramref name="reference"/> names a list (and category) that exists, else what is wrong.</summary>
    public string? Check(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            // The PLUS flag rules once wrote file#purpose; there is one form now, the definitions' form.
            return $"code list reference '{reference}' uses '#': name a category with '/', as in '{reference[..hash]}{CategorySeparator}{reference[(hash + 1)..]}' (file {reference[..hash]}.csv, category {reference[(hash + 1)..]}).";
        }

        var (name, category) = Split(reference);
        if (!_lists.TryGetValue(name, out var rows))
        {
            return $"no code list '{name}' in {Directory}. Known lists: {string.Join(", ", _lists.Keys.Order(StringComparer.Ordinal))}.";
        }

        if (category is not null && !rows.Any(r => r.Category == category))
        {
            return $"code list '{name}' has no rows with category '{category}'. Categories: {string.Join(", ", Categories(name).Order(StringComparer.Ordinal))}.";
        }

        return null;
    }

    /// <summary>The distinct codes of a list reference (<c>name</c> or <c>name/category</c>), in file order.</summary>
    /// <exception cref="KeyNotFoundException">The reference is malformed or names no list or category (message from <see cref="Check"/>).</exception>
    public IReadOnlyList<string> Codes(string reference) => [.. CodesAsListed(reference).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Every row's code of a list reference in file order, repeats kept. The synthetic generator draws
    /// from these rows, so its output for a seed depends on them exactly; analyses use <see cref="Codes"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">As for <see cref="Codes"/>.</exception>
    public IReadOnlyList<string> CodesAsListed(string reference)
    {
        if (Check(reference) is { } problem)
        {
            throw new KeyNotFoundException(problem);
        }

        var (name, category) = Split(reference);
        return [.. _lists[name].Where(r => category is null || r.Category == category).Select(r => r.Code)];
    }

    /// <summary>The distinct categories of a list in file order (empty for a list without a category column).</summary>
    /// <exception cref="KeyNotFoundException">No list has this name.</exception>
    public IReadOnlyList<string> Categories(string name) =>
        _lists.TryGetValue(name, out var rows)
            ? [.. rows.Select(r => r.Category).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)]
            : throw new KeyNotFoundException($"no code list '{name}' in {Directory}.");

    /// <summary>
    /// Every ten-digit code of every list: real SNOMED CT codes of this length pass Modulus 11 about one
    /// time in eleven, and ingest must not take them for NHS numbers.
    /// </summary>
    public IReadOnlyList<string> TenDigitCodes() =>
        [.. _lists.Values.SelectMany(rows => rows).Select(r => r.Code).Where(c => c.Length == 10 && c.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal)];

    private static (string Name, string? Category) Split(string reference)
    {
        var slash = reference.IndexOf(CategorySeparator, StringComparison.Ordinal);
        return slash < 0 ? (reference, null) : (reference[..slash], reference[(slash + 1)..]);
    }
}
