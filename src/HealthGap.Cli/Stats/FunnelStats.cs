using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>Funnel significance labels per record, or the 100-point control limits.</summary>
internal static class FunnelStats
{
    public static void Run(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        var statistic = request.Setting("statistic", "");
        var x = table.Column(request.ColumnName("numerator"), "numerator");
        var n = table.OptionalColumn(request.ColumnName("denominator"));
        var rate = table.OptionalColumn(request.ColumnName("rate"));
        var records = Enumerable.Range(0, table.Rows.Count).Select(r => new FunnelRecord(
            table.Number(table.Rows[r], x, r) ?? double.NaN,
            n is { } d ? table.Number(table.Rows[r], d, r) : null,
            rate is { } c ? table.Number(table.Rows[r], c, r) : null)).ToArray();
        var rateType = request.Choice("rate_type", "dsr", "dsr", "crude") == "crude" ? FunnelRateType.Crude : FunnelRateType.Dsr;
        var multiplier = request.Multiplier ?? (statistic == "rate" ? 100_000 : 100);
        if (request.Choice("output", "significance", "significance", "limits") == "limits")
        {
            var limits = statistic switch
            {
                "proportion" => Funnel.ProportionLimits(records, multiplier),
                "ratio" => Funnel.RatioLimits(records, request.Choice("ratio_type", "count", "count", "isr") == "isr" ? FunnelRatioType.Isr : FunnelRatioType.Count, multiplier),
                "rate" => Funnel.RateLimits(records, rateType, multiplier, request.Number("years_of_data", 1)),
                _ => throw new StatisticsException("statistic must be provided as proportion, rate or ratio (--set statistic=...)"),
            };
            WriteLimits(request, stdout, limits);
            return;
        }

        var labels = statistic switch
        {
            "proportion" => FunnelSignificance.Proportion(records),
            "ratio" => FunnelSignificance.Ratio(records),
            "rate" => FunnelSignificance.Rate(records, rateType, multiplier),
            _ => throw new StatisticsException("statistic must be provided as proportion, rate or ratio (--set statistic=...)"),
        };
        using var writer = StatsCsvWriter.Open(request, stdout);
        foreach (var name in table.Header.Append("significance"))
        {
            writer.Text(name);
        }

        writer.EndRow();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var cell in table.Rows[r])
            {
                writer.Text(cell);
            }

            writer.Text(labels[r]).EndRow();
        }
    }

    private static void WriteLimits(StatsRequest request, TextWriter stdout, FunnelLimits limits)
    {
        using var writer = StatsCsvWriter.Open(request, stdout);
        foreach (var name in new[] { "point", "x", "lower_2s_limit", "upper_2s_limit", "lower_3s_limit", "upper_3s_limit",
                     "lower_2s_denominator", "upper_2s_denominator", "lower_3s_denominator", "upper_3s_denominator", "baseline", "statistic", "method" })
        {
            writer.Text(name);
        }

        writer.EndRow();
        foreach (var p in limits.Points)
        {
            writer.Number(p.Point).Number(p.X).Number(p.Lower2s.Limit).Number(p.Upper2s.Limit).Number(p.Lower3s.Limit).Number(p.Upper3s.Limit)
                .Number(p.Lower2s.Denominator).Number(p.Upper2s.Denominator).Number(p.Lower3s.Denominator).Number(p.Upper3s.Denominator)
                .Number(p.Baseline).Text(limits.Statistic).Text(limits.Method).EndRow();
        }
    }
}
