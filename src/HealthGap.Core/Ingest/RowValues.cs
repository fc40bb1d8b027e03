namespace HealthGap.Core.Ingest;

/// <summary>
/// Parsed values of the record being processed, reused from record to record so the hot path allocates
/// nothing for dates and numbers. Indexed by the feed's column number.
/// </summary>
internal sealed class RowValues(int columns)
{
    /// <summary>Parsed dates; null when the field was empty.</summary>
    public DateOnly?[] Dates { get; } = new DateOnly?[columns];

    /// <summary>Parsed numbers; null when the field was empty.</summary>
    public double?[] Numbers { get; } = new double?[columns];

    /// <summary>The person the record belongs to, once resolved.</summary>
    public long PersonId { get; set; }

    /// <summary>Clears the values before the next record.</summary>
    public void Clear()
    {
        Array.Clear(Dates);
        Array.Clear(Numbers);
        PersonId = 0;
    }
}
