using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>How each published record becomes a row of its table, cell by cell in the schema's column order.</summary>
internal static class ReportRows
{
    /// <summary>One row of indicators.*: a figure the gate hid is written hidden, never 0.</summary>
    public static void Indicator(IndicatorRow row, ReportTableWriter w)
    {
        var c = row.Cell;
        w.Text(row.IndicatorId);
        w.Date(row.PeriodStart);
        w.Date(row.PeriodEnd);
        w.WholeNumber(row.PooledYears);
        w.Text(row.AreaType);
        w.Text(row.AreaCode);
        w.Text(row.AreaName);
        w.Text(row.Breakdown);
        w.Text(row.Group);
        Integer(w, c.Numerator, c.NumeratorReason);
        Integer(w, c.Denominator, c.DenominatorReason);
        Number(w, c.Value, c.ValueReason);
        Number(w, c.LowerLimit, c.ValueReason);
        Number(w, c.UpperLimit, c.ValueReason);
        w.Text(row.Statistic);
        w.Text(row.Method);
        w.Flag(c.Suppressed);
        w.Text(row.NoValueReason);
        w.EndRow();
    }

    /// <summary>One row of inequalities.*.</summary>
    public static void Inequality(InequalityRow row, ReportTableWriter w)
    {
        w.Text(row.IndicatorId);
        w.Text(row.Period);
        w.Text(row.AreaType);
        w.Text(row.AreaCode);
        w.Number(row.Sii);
        w.Number(row.SiiLower);
        w.Number(row.SiiUpper);
        w.Number(row.Rii);
        w.Number(row.RiiLower);
        w.Number(row.RiiUpper);
        w.Number(row.GapAbsolute);
        w.Number(row.GapRelative);
        w.Number(row.Core20Ratio);
        w.Number(row.Core20RatioLower);
        w.Number(row.Core20RatioUpper);
        w.Text(row.SiiQuantiles);
        w.Number(row.Par);
        w.Number(row.ParLower);
        w.Number(row.ParUpper);
        w.Number(row.ParPercent);
        w.Number(row.ParPercentLower);
        w.Number(row.ParPercentUpper);
        w.Text(row.DeprivationReason);
        w.Number(row.Core20Difference);
        w.Number(row.Core20DifferenceLower);
        w.Number(row.Core20DifferenceUpper);
        w.Text(row.Core20Reason);
        w.Text(row.GapTrend);
        w.Text(row.GapTrendSince);
        w.Number(row.GapTrendPValue);
        w.Text(row.ValueTrend);
        w.Text(row.ValueTrendMethod);
        w.Number(row.ValueTrendPValue);
        w.EndRow();
    }

    /// <summary>One row of adjusted.*: a comparison hidden for privacy is written hidden in every figure, never 0.</summary>
    public static void Adjusted(AdjustedRow row, ReportTableWriter w)
    {
        w.Text(row.IndicatorId);
        w.Date(row.PeriodStart);
        w.Date(row.PeriodEnd);
        w.Text(row.AreaType);
        w.Text(row.AreaCode);
        w.Text(row.AreaName);
        w.Text(row.Breakdown);
        w.Text(row.Group);
        var reason = row.Suppressed ? SuppressionReason.SmallCount : SuppressionReason.None;
        Integer(w, row.Observed, reason);
        Number(w, row.Expected, reason);
        Number(w, row.Ratio, reason);
        Number(w, row.LowerLimit, reason);
        Number(w, row.UpperLimit, reason);
        Number(w, row.CrudeRatio, reason);
        w.Text(row.Method);
        w.Flag(row.Suppressed);
        w.Text(row.NoValueReason);
        w.EndRow();
    }

    /// <summary>One row of areas.csv.</summary>
    public static void Area(AreaLink link, ReportTableWriter w)
    {
        w.Text(link.ChildType);
        w.Text(link.ChildCode);
        w.Text(link.ParentType);
        w.Text(link.ParentCode);
        w.EndRow();
    }

    private static void Integer(ReportTableWriter w, long? value, SuppressionReason reason)
    {
        if (reason == SuppressionReason.None)
        {
            w.WholeNumber(value);
        }
        else
        {
            w.Hidden();
        }
    }

    private static void Number(ReportTableWriter w, double? value, SuppressionReason reason)
    {
        if (reason == SuppressionReason.None)
        {
            w.Number(value);
        }
        else
        {
            w.Hidden();
        }
    }
}
