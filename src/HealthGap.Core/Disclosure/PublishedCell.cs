namespace HealthGap.Core.Disclosure;

/// <summary>
/// One figure after disclosure control. A hidden figure is null with its reason set — never 0; write
/// <see cref="DisclosureGate.Marker"/> in its place.
/// </summary>
/// <param name="Id">The id of the <see cref="DisclosureCell"/> it came from.</param>
/// <param name="Numerator">Rounded count, or null when hidden.</param>
/// <param name="Denominator">Rounded denominator, or null when hidden or absent.</param>
/// <param name="Value">Value computed from the true counts, or null when hidden or absent.</param>
/// <param name="LowerLimit">Lower confidence limit, or null when hidden or absent.</param>
/// <param name="UpperLimit">Upper confidence limit, or null when hidden or absent.</param>
/// <param name="NumeratorReason">Why the numerator is hidden, or None.</param>
/// <param name="DenominatorReason">Why the denominator is hidden, or None.</param>
/// <param name="ValueReason">Why the value is hidden, or None.</param>
public sealed record PublishedCell(
    string Id,
    long? Numerator,
    long? Denominator,
    double? Value,
    double? LowerLimit,
    double? UpperLimit,
    SuppressionReason NumeratorReason,
    SuppressionReason DenominatorReason,
    SuppressionReason ValueReason)
{
    /// <summary>True when any part of this figure is hidden.</summary>
    public bool Suppressed =>
        NumeratorReason != SuppressionReason.None || DenominatorReason != SuppressionReason.None || ValueReason != SuppressionReason.None;
}
