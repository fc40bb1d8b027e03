using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>Everything a report folder holds, ready to write with <see cref="ReportFolder.Write"/>.</summary>
/// <param name="Rows">Published indicator rows (indicators.*), in output order.</param>
/// <param name="Inequalities">Published inequality summaries (inequalities.*).</param>
/// <param name="Links">Which reported areas nest in which (areas.csv).</param>
/// <param name="Catalogue">What each indicator means (catalogue.json).</param>
/// <param name="Policy">The disclosure policy the figures passed (policy.json).</param>
/// <param name="Source">What the figures were computed from (metadata.json).</param>
public sealed record ReportContents(
    IReadOnlyList<IndicatorRow> Rows,
    IReadOnlyList<InequalityRow> Inequalities,
    IReadOnlyList<AreaLink> Links,
    IReadOnlyList<CatalogueEntry> Catalogue,
    DisclosurePolicy Policy,
    ReportSource Source)
{
    /// <summary>Groups compared after adjustment for deprivation, age and sex (adjusted.*); empty when no indicator declares one.</summary>
    public IReadOnlyList<AdjustedRow> Adjusted { get; init; } = [];
}
