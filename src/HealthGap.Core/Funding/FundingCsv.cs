using System.Globalization;
using Sylvan.Data.Csv;

namespace HealthGap.Core.Funding;

/// <summary>
/// Reads a small user-supplied funding CSV (neighbourhood groups, weights, indicator values, last
/// year's amounts) into rows, turning every problem into a <see cref="FundingInputException"/> that
/// names the file, line and field. Files are small (one row per place), so they are read whole.
/// </summary>
internal sealed class FundingCsv
{
    private readonly Dictionary<string, int> _ordinals;

    private FundingCsv(string fileName, Dictionary<string, int> ordinals, IReadOnlyList<(long Line, string[] Values)> rows)
    {
        FileName = fileName;
        _ordinals = ordinals;
        Rows = rows;
    }

    /// <summary>The file name used in messages.</summary>
    public string FileName { get; }

    /// <summary>Data rows with their line numbers (the header is line 1).</summary>
    public IReadOnlyList<(long Line, string[] Values)> Rows { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns => _ordinals.OrderBy(p => p.Value).Select(p => p.Key).ToArray();

    public static FundingCsv Read(string path, params string[] requiredColumns)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FundingInputException($"{path}: file not found. Check the path (relative paths are from the current folder).");
        }

        try
        {
            using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
            var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                ordinals[reader.GetName(i).Trim()] = i;
            }

            var missing = requiredColumns.Where(c => !ordinals.ContainsKey(c)).ToArray();
            if (missing.Length > 0)
            {
                throw new FundingInputException(fileName, 1, missing[0],
                    $"required column missing; the header must name {string.Join(", ", requiredColumns)} (found: {string.Join(", ", ordinals.Keys)}).");
            }

            var rows = new List<(long, string[])>();
            long line = 1;
            while (reader.Read())
            {
                line++;
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.GetString(i).Trim();
                }

                if (values.All(v => v.Length == 0))
                {
                    continue;
                }

                rows.Add((line, values));
            }

            if (rows.Count == 0)
            {
                throw new FundingInputException($"{fileName}: the file has a header but no data rows.");
            }

            return new FundingCsv(fileName, ordinals, rows);
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException)
        {
            throw new FundingInputException($"{fileName}: cannot be read as CSV: {ex.Message}", ex);
        }
    }

    /// <summary>The text in <paramref name="column"/> of a row; empty is an error.</summary>
    public string Text((long Line, string[] Values) row, string column)
    {
        var value = row.Values[_ordinals[column]];
        return value.Length > 0
            ? value
            : throw new FundingInputException(FileName, row.Line, column, "is empty; every row needs a value here.");
    }

    /// <summary>The text in <paramref name="column"/> of a row, or null when the column is absent or the cell empty.</summary>
    public string? OptionalText((long Line, string[] Values) row, string column) =>
        _ordinals.TryGetValue(column, out var i) && row.Values[i].Length > 0 ? row.Values[i] : null;

    /// <summary>The non-negative number in <paramref name="column"/> of a row.</summary>
    public decimal NonNegativeNumber((long Line, string[] Values) row, string column)
    {
        var text = Text(row, column);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FundingInputException(FileName, row.Line, column,
                $"'{text}' is not a number. Write plain numbers with a dot for decimals and no thousands separators or currency signs, e.g. 1250.5.");
        }

        return value >= 0
            ? value
            : throw new FundingInputException(FileName, row.Line, column, $"{text} is negative; weights and values must be 0 or more.");
    }

    /// <summary>True when the file has a column of this name.</summary>
    public bool HasColumn(string column) => _ordinals.ContainsKey(column);

    /// <summary>A SHA-256 of the file's bytes, recorded with a scenario so it can be reproduced.</summary>
    public static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
