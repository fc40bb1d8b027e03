using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// A table of gated figures beside a chart. Rows are labelled by group (<paramref name="Breakdown"/> null: each row's own
/// breakdown) or, for trends, by period (with the area name when the table mixes areas). <paramref name="Indicator"/> names
/// the count columns: a rate over time at risk counts deaths or events over years lived (person-years), not people.
/// </summary>
internal sealed record ValueTableModel(
    string Caption, string GroupHeader, IReadOnlyList<IndicatorValue> Rows, string? Breakdown, bool RowLabelIsPeriod = false, CatalogueEntry? Indicator = null)
{
    /// <summary>The resource key of the numerator column's header.</summary>
    public string NumeratorHeader => Indicator is not { DenominatorIsPersonYears: true } ? "ColNumerator"
        : Indicator.Measure == MeasureType.LifeExpectancy ? "ColDeaths" : "ColEvents";

    /// <summary>The resource key of the denominator column's header.</summary>
    public string DenominatorHeader => Indicator is { DenominatorIsPersonYears: true } ? "ColPersonYears" : "ColDenominator";
}
