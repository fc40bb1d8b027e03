using System.Globalization;
using System.Text;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Export;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// A report table as CSV: a header of the column names, then one line per row ending in <c>\n</c>;
/// text through <see cref="CsvField.Escape"/>, numbers with 10 significant digits, hidden figures as
/// <see cref="DisclosureGate.Marker"/>, missing ones empty.
/// </summary>
internal sealed class CsvTableWriter : ReportTableWriter
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    /// <summary>Writes the table to a new file at <paramref name="path"/>.</summary>
    public CsvTableWriter(ReportTable table, string path)
        : this(table, new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16), ownsWriter: true)
    {
    }

    /// <summary>Writes the table to <paramref name="writer"/> (left open).</summary>
    public CsvTableWriter(ReportTable table, TextWriter writer, bool ownsWriter = false)
        : base(table)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _writer.Write(string.Join(',', table.Columns.Select(c => c.Name)));
        _writer.Write('\n');
    }

    /// <summary>How a number is written in every report CSV: 10 significant digits, invariant culture.</summary>
    public static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    private protected override void WriteText(string? value)
    {
        Separate();
        _writer.Write(CsvField.Escape(value));
    }

    /// <inheritdoc />
    private protected override void WriteInteger(long? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[24];
            v.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
        }
    }

    /// <inheritdoc />
    private protected override void WriteNumber(double? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[32];
            v.TryFormat(buffer, out var written, "G10", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
        }
    }

    /// <inheritdoc />
    private protected override void WriteFlag(bool value)
    {
        Separate();
        _writer.Write(value ? "true" : "false");
    }

    /// <inheritdoc />
    private protected override void WriteDate(DateOnly value)
    {
        Separate();
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <inheritdoc />
    private protected override void WriteHidden()
    {
        Separate();
        _writer.Write(DisclosureGate.Marker);
    }

    /// <inheritdoc />
    private protected override void WriteEndRow() => _writer.Write('\n');

    /// <inheritdoc />
    private protected override void Complete()
    {
        _writer.Flush();
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    private void Separate()
    {
        if (Column > 0)
        {
            _writer.Write(',');
        }
    }
}
