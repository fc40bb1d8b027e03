using System.Globalization;
using System.Text;
using HealthGap.Synthetic.Dirty;

namespace HealthGap.Synthetic.Extracts;

/// <summary>
/// The rows one LSOA shard produces, per feed, held in memory until the writer appends them to the
/// files in shard order (so the bytes never depend on thread scheduling). Rows are built field by
/// field; when a row ends the dirt injector may damage it.
/// </summary>
internal sealed class ShardOutput(DirtInjector dirt)
{
    private readonly StringBuilder[] _buffers = FeedLayout.All.Select(_ => new StringBuilder(4096)).ToArray();
    private StringBuilder _current = null!;
    private Feed _feed;
    private int _rowStart;
    private bool _firstField;

    /// <summary>Clean rows written per feed (before dirt).</summary>
    public long[] Rows { get; } = new long[FeedLayout.All.Count];

    public DirtInjector Dirt => dirt;

    public StringBuilder Buffer(Feed feed) => _buffers[(int)feed];

    public ShardOutput Begin(Feed feed)
    {
        _feed = feed;
        _current = _buffers[(int)feed];
        _rowStart = _current.Length;
        _firstField = true;
        return this;
    }

    public ShardOutput Field(string? value)
    {
        Separator();
        if (value is null)
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(',', '"', '\n') >= 0)
        {
            _current.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _current.Append(value);
        }

        return this;
    }

    public ShardOutput Field(DateOnly? value)
    {
        Separator();
        if (value is { } date)
        {
            Span<char> text = stackalloc char[10];
            date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _current.Append(text[..written]);
        }

        return this;
    }

    public ShardOutput Field(double? value, int decimals = 0)
    {
        Separator();
        if (value is { } number)
        {
            Span<char> text = stackalloc char[32];
            Math.Round(number, decimals).TryFormat(text, out var written, decimals == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);
            _current.Append(text[..written]);
        }

        return this;
    }

    public void End()
    {
        _current.Append('\n');
        Rows[(int)_feed]++;
        dirt.MaybeDamage(_feed, _current, _rowStart);
    }

    private void Separator()
    {
        if (!_firstField)
        {
            _current.Append(',');
        }

        _firstField = false;
    }
}
