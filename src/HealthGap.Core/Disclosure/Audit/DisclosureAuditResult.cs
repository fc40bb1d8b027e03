namespace HealthGap.Core.Disclosure.Audit;

/// <summary>What <see cref="DisclosureAudit"/> found in one report folder.</summary>
/// <param name="Rows">Rows read from indicators.csv.</param>
/// <param name="HiddenCounts">Hidden numerators and denominators (each counted once).</param>
/// <param name="Relations">Linear relations checked (summed over indicators and periods).</param>
/// <param name="Findings">Hidden counts an outsider can work out, in file order.</param>
/// <param name="FormatDifferences">Where indicators.json or .parquet differ from indicators.csv.</param>
/// <param name="InconsistentRelations">Relations the published figures contradict (a sign the geography does not fit the report).</param>
/// <param name="Warnings">What could not be checked, in words.</param>
public sealed record DisclosureAuditResult(
    int Rows,
    int HiddenCounts,
    int Relations,
    IReadOnlyList<AuditFinding> Findings,
    IReadOnlyList<string> FormatDifferences,
    int InconsistentRelations,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Hidden counts of 1 to the threshold − 1 an outsider can work out (exactly or narrowly).</summary>
    public int Recoverable => Findings.Count;

    /// <summary>True when nothing is recoverable and every copy agrees with the CSV.</summary>
    public bool Passed => Findings.Count == 0 && FormatDifferences.Count == 0;
}
