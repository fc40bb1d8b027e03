namespace HealthGap.Core.Funding.Allocation;

/// <summary>One area's share of a budget.</summary>
/// <param name="Unit">The area.</param>
/// <param name="AmountPounds">Its share, in whole pounds.</param>
public sealed record AllocationLine(AllocationUnit Unit, long AmountPounds)
{
    /// <summary>Pounds per resident (0 when the area has no residents).</summary>
    public double PerHead => Unit.Population == 0 ? 0 : (double)AmountPounds / Unit.Population;
}
