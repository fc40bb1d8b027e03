using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Pages;

/// <summary>One overview table: its caption, its rows in order, and the period the overview shows.</summary>
internal sealed record OverviewTableModel(string Caption, IReadOnlyList<OverviewRow> Rows, ReportingPeriod Period);
