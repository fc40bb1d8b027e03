using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.TestSupport.Sample;

/// <summary>Typed edits of a report's contents, for tests that need a variant of the SAMPLE folder.</summary>
public static class ReportContentsEdits
{
    /// <summary>Replaces every indicator row that <paramref name="match"/> accepts.</summary>
    public static ReportContents EditRows(this ReportContents contents, Func<IndicatorRow, bool> match, Func<IndicatorRow, IndicatorRow> edit) =>
        contents with { Rows = [.. contents.Rows.Select(r => match(r) ? edit(r) : r)] };

    /// <summary>Adds indicator rows at the end.</summary>
    public static ReportContents AddRows(this ReportContents contents, params IEnumerable<IndicatorRow> rows) =>
        contents with { Rows = [.. contents.Rows, .. rows] };

    /// <summary>Replaces every inequality row that <paramref name="match"/> accepts.</summary>
    public static ReportContents EditInequalities(this ReportContents contents, Func<InequalityRow, bool> match, Func<InequalityRow, InequalityRow> edit) =>
        contents with { Inequalities = [.. contents.Inequalities.Select(r => match(r) ? edit(r) : r)] };

    /// <summary>Replaces every catalogue entry that <paramref name="match"/> accepts.</summary>
    public static ReportContents EditCatalogue(this ReportContents contents, Func<CatalogueEntry, bool> match, Func<CatalogueEntry, CatalogueEntry> edit) =>
        contents with { Catalogue = [.. contents.Catalogue.Select(e => match(e) ? edit(e) : e)] };
}
