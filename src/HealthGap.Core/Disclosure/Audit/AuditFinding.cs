namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// A hidden count an outsider can work out from the published report: exactly (Lowest = Highest) or
/// to a narrow interval that holds a small count.
/// </summary>
/// <param name="Cell">The row whose count it is.</param>
/// <param name="Count">"numerator" or "denominator".</param>
/// <param name="Lowest">The smallest value the published figures allow.</param>
/// <param name="Highest">The largest value the published figures allow.</param>
/// <param name="How">"differencing" (a chain of single totals) or "linear algebra" (several totals combined).</param>
public sealed record AuditFinding(ReportCell Cell, string Count, long Lowest, long Highest, string How)
{
    /// <summary>True when the published figures give the count exactly.</summary>
    public bool Exact => Lowest == Highest;
}
