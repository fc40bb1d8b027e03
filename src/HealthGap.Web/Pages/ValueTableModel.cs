using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// A table of gated figures beside a chart. Rows are labelled by group (<paramref name="Breakdown"/> null: each row's own
/// breakdown) or, for trends, by period (with the area name when the table mixes areas).
/// </summary>
internal sealed record ValueTableModel(string Caption, string GroupHeader, IReadOnlyList<IndicatorValue> Rows, string? Breakdown, bool RowLabelIsPeriod = false);
