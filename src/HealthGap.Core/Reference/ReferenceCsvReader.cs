using System.Globalization;
using Sylvan.Data.Csv;

namespace HealthGap.Core.Reference;

/// <summary>
/// Reads one reference CSV row by row, turning every parse failure into a
/// <see cref="ReferenceDataException"/> that names the file, line and field.
/// </summary>
internal sealed class ReferenceCsvReader : IDisposable
{
    private readonly CsvDataReader _reader;
    private readonly Dictionary<string, int> _ordinals;

    private ReferenceCsvReader(string fileName, CsvDataReader reader, Dictionary<string, int> ordinals)
    {
        FileName = fileName;
        _reader = reader;
        _ordinals = ordinals;
    }

    public string FileName { get; }

    /// <summary>Line number of the current row in the file (header is line 1).</summary>
    public long Line { get; private set; } = 1;

    public static ReferenceCsvReader Open(string directory, string fileName, IReadOnlyCollection<string> requiredColumns)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new ReferenceDataException(fileName,
                $"file not found at '{path}'. Reference data ships in data/reference/; set HEALTHGAP_REFERENCE_DIR (HealthGapPaths.ReferenceDataDir) to a folder that holds it.");
        }

        CsvDataReader reader;
        try
        {
            reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException)
        {
            throw new ReferenceDataException(fileName, $"cannot be read as CSV: {ex.Message}");
        }

        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            ordinals[reader.GetName(i)] = i;
        }

        var missing = requiredColumns.Where(c => !ordinals.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            reader.Dispose();
            throw new ReferenceDataException(fileName, 1, missing[0],
                $"required column missing (missing: {string.Join(", ", missing)}). The file may be damaged or of another release.");
        }

        return new ReferenceCsvReader(fileName, reader, ordinals);
    }

    public bool Read()
    {
        try
        {
            var more = _reader.Read();
            if (more)
            {
                Line++;
            }

            return more;
        }
        catch (CsvFormatException ex)
        {
            throw new ReferenceDataException(FileName, Line + 1, "(line)", $"malformed CSV: {ex.Message}");
        }
    }

    public string Text(string column)
    {
        var value = _reader.GetString(_ordinals[column]);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(column, "value is empty");
        }

        return value;
    }

    public string TextMatching(string column, System.Text.RegularExpressions.Regex pattern, string expected)
    {
        var value = Text(column);
        if (!pattern.IsMatch(value))
        {
            throw Fail(column, $"'{value}' is not {expected}");
        }

        return value;
    }

    public int Integer(string column, int minimum, int maximum)
    {
        var raw = Text(column);
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw Fail(column, $"'{raw}' is not a whole number");
        }

        if (value < minimum || value > maximum)
        {
            throw Fail(column, $"{value} is outside {minimum}–{maximum}");
        }

        return value;
    }

    public double Number(string column)
    {
        var raw = Text(column);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Fail(column, $"'{raw}' is not a number");
        }

        return value;
    }

    public string? OptionalText(string column)
    {
        var value = _reader.GetString(_ordinals[column]);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public ReferenceDataException Fail(string column, string problem) => new(FileName, Line, column, problem);

    public void Dispose() => _reader.Dispose();
}
