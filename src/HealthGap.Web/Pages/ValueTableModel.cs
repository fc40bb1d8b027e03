using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// A table of gated figures beside a chart. Rows are labelled by group (<paramref name="Breakdown"/> null: each row's own
/// breakdown) or, for trends, by period (with the area name when the table mixes areas). <paramref name="PersonYears"/>: the
/// denominator is years lived (person-years), not people, and the column says so.
/// </summary>
internal sealed record ValueTableModel(string Caption, string GroupHeader, IReadOnlyList<IndicatorValue> Rows, string? Breakdown, bool RowLabelIsPeriod = false, bool PersonYears = false);
