using System.Globalization;
using HealthGap.Core.Disclosure;
using Sylvan.Data.Csv;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// Reads a report table's CSV a row at a time, with checked access by column name against the schema's
/// types. Fields are read as spans: numbers and dates are parsed without a string, and text (a few
/// hundred distinct ids, codes and names over a million rows) comes from a pool, so each distinct value
/// is held once. <see cref="DisclosureGate.Marker"/> reads as "not shown", never as 0. Errors name the
/// file, line and column.
/// </summary>
public sealed class ReportTableReader : IDisposable
{
    private readonly CsvDataReader _csv;
    private readonly string _file;
    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    private ReportTableReader(CsvDataReader csv, string file)
    {
        _csv = csv;
        _file = file;
        _columns = Enumerable.Range(0, csv.FieldCount).ToDictionary(i => csv.GetName(i).Trim(), i => i, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The line of the row just read (the header is line 1).</summary>
    public long Line { get; private set; } = 1;

    /// <summary>Opens <paramref name="table"/>'s CSV in <paramref name="directory"/>.</summary>
    public static ReportTableReader Open(string directory, ReportTable table)
    {
        var path = Path.Combine(directory, table.CsvFile);
        return new ReportTableReader(CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true }), table.CsvFile);
    }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Read()
    {
        if (!_csv.Read())
        {
            return false;
        }

        Line++;
        return true;
    }

    /// <summary>True when the file has the column (an older report may lack one added since).</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>A text field, pooled.</summary>
    public string Text(string column)
    {
        var span = _csv.GetFieldSpan(Ordinal(column));
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(span, out var text))
        {
            text = span.ToString();
            _pool[text] = text;
        }

        return text;
    }

    /// <summary>A number; null when empty, <c>NA</c> or hidden by the gate.</summary>
    public double? Number(string column)
    {
        var text = _csv.GetFieldSpan(Ordinal(column)).Trim();
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual(DisclosureGate.Marker))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ReportFolderException($"{_file} line {Line}, column {column}: '{text}' is not a number. Re-run `healthgap report`.");
    }

    /// <summary>A true/false field (true, yes or 1 is true).</summary>
    public bool Flag(string column) =>
        _csv.GetFieldSpan(Ordinal(column)).Trim() is var text
        && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"));

    /// <summary>A yyyy-MM-dd date.</summary>
    public DateOnly Date(string column)
    {
        var text = _csv.GetFieldSpan(Ordinal(column)).Trim();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ReportFolderException($"{_file} line {Line}, column {column}: '{text}' is not a date (yyyy-MM-dd).");
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private int Ordinal(string column) =>
        _columns.TryGetValue(column, out var ordinal)
            ? ordinal
            : throw new ReportFolderException($"{_file}: column '{column}' is missing. Re-run `healthgap report` to write the current format.");
}
