using System.Buffers;

namespace HealthGap.Core.Store;

/// <summary>
/// Rows for one table, recorded as typed slots on the reading thread and handed in blocks to the
/// <see cref="BatchWriter"/>'s appending thread. Mirrors the DuckDB appender's fluent calls, so the code
/// that stages records reads the same whichever thread does the appending.
/// </summary>
internal sealed class StagedRows
{
    /// <summary>Slots per block: big enough to amortise the hand-over, small enough to keep memory flat.</summary>
    public const int BlockSlots = 1 << 14;

    private readonly BatchWriter _writer;
    private Slot[] _slots = ArrayPool<Slot>.Shared.Rent(BlockSlots + 64);
    private int _count;

    public StagedRows(BatchWriter writer, string table)
    {
        _writer = writer;
        Table = table;
    }

    /// <summary>The temporary staging table the rows go to.</summary>
    public string Table { get; }

    /// <summary>Starts a row (rows end with <see cref="EndRow"/>).</summary>
    public StagedRows CreateRow() => this;

    /// <summary>Appends a 64-bit integer.</summary>
    public StagedRows AppendValue(long value) => Add(new Slot(SlotKind.Long, value, 0, null));

    /// <summary>Appends a 32-bit integer.</summary>
    public StagedRows AppendValue(int value) => Add(new Slot(SlotKind.Int, value, 0, null));

    /// <summary>Appends a boolean.</summary>
    public StagedRows AppendValue(bool value) => Add(new Slot(SlotKind.Bool, value ? 1 : 0, 0, null));

    /// <summary>Appends a number or NULL.</summary>
    public StagedRows AppendValue(double? value) => Add(value is { } v ? new Slot(SlotKind.Double, 0, v, null) : default);

    /// <summary>Appends a date or NULL.</summary>
    public StagedRows AppendValue(DateOnly? value) => Add(value is { } v ? new Slot(SlotKind.Date, v.DayNumber, 0, null) : default);

    /// <summary>Appends a string or NULL.</summary>
    public StagedRows AppendValue(string? value) => Add(value is null ? default : new Slot(SlotKind.Text, 0, 0, value));

    /// <summary>Ends the row; a full block goes to the appending thread.</summary>
    public void EndRow()
    {
        Add(new Slot(SlotKind.EndRow, 0, 0, null));
        if (_count >= BlockSlots)
        {
            Hand();
        }
    }

    /// <summary>Hands over what is recorded (at the end of the batch).</summary>
    public void Hand()
    {
        if (_count == 0)
        {
            return;
        }

        _writer.Post(this, _slots, _count);
        _slots = ArrayPool<Slot>.Shared.Rent(BlockSlots + 64);
        _count = 0;
    }

    private StagedRows Add(Slot slot)
    {
        if (_count == _slots.Length)
        {
            var bigger = ArrayPool<Slot>.Shared.Rent(_slots.Length * 2);
            _slots.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<Slot>.Shared.Return(_slots, clearArray: true);
            _slots = bigger;
        }

        _slots[_count++] = slot;
        return this;
    }
}

/// <summary>What a <see cref="Slot"/> holds.</summary>
internal enum SlotKind : byte
{
    /// <summary>NULL.</summary>
    Null,

    /// <summary>A 64-bit integer in Number.</summary>
    Long,

    /// <summary>A 32-bit integer in Number.</summary>
    Int,

    /// <summary>A boolean in Number (0/1).</summary>
    Bool,

    /// <summary>A number in Real.</summary>
    Double,

    /// <summary>A date as its day number in Number.</summary>
    Date,

    /// <summary>A string in Text.</summary>
    Text,

    /// <summary>The end of a row.</summary>
    EndRow,
}

/// <summary>One recorded value.</summary>
internal readonly record struct Slot(SlotKind Kind, long Number, double Real, string? Text);
