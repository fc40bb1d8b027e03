using System.Globalization;
using System.Text.Json;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// A report table as JSON: one array of objects, a property per column in column order; hidden and
/// missing figures are null (the row's <c>suppressed</c> and <c>hidden_reason</c> say why). Written
/// as it goes: the writer is flushed to the file every few thousand rows, never held whole in memory.
/// </summary>
internal sealed class JsonTableWriter : ReportTableWriter
{
    private const int RowsPerFlush = 2048;

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly JsonEncodedText[] _names;
    private int _rows;

    /// <summary>Writes the table to a new file at <paramref name="path"/>.</summary>
    public JsonTableWriter(ReportTable table, string path)
        : base(table)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        // The writer is driven cell by cell from the schema, so its own structure checks add nothing.
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { SkipValidation = true });
        _names = [.. table.Columns.Select(c => JsonEncodedText.Encode(c.Name))];
        _json.WriteStartArray();
    }

    /// <inheritdoc />
    private protected override void WriteText(string? value)
    {
        StartObject();
        if (value is null)
        {
            _json.WriteNull(_names[Column]);
        }
        else
        {
            _json.WriteString(_names[Column], value);
        }
    }

    /// <inheritdoc />
    private protected override void WriteInteger(long? value)
    {
        StartObject();
        if (value is { } v)
        {
            _json.WriteNumber(_names[Column], v);
        }
        else
        {
            _json.WriteNull(_names[Column]);
        }
    }

    /// <inheritdoc />
    private protected override void WriteNumber(double? value)
    {
        StartObject();
        if (value is { } v)
        {
            _json.WriteNumber(_names[Column], v);
        }
        else
        {
            _json.WriteNull(_names[Column]);
        }
    }

    /// <inheritdoc />
    private protected override void WriteFlag(bool value)
    {
        StartObject();
        _json.WriteBoolean(_names[Column], value);
    }

    /// <inheritdoc />
    private protected override void WriteDate(DateOnly value)
    {
        StartObject();
        _json.WriteString(_names[Column], value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    private protected override void WriteHidden()
    {
        StartObject();
        _json.WriteNull(_names[Column]);
    }

    /// <inheritdoc />
    private protected override void WriteEndRow()
    {
        _json.WriteEndObject();
        if (++_rows % RowsPerFlush == 0)
        {
            _json.Flush();
        }
    }

    /// <inheritdoc />
    private protected override void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
        _json.Dispose();
        _stream.Dispose();
    }

    private void StartObject()
    {
        if (Column == 0)
        {
            _json.WriteStartObject();
        }
    }
}
