using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>SII/RII per group and quantile assignment within groups.</summary>
internal static class InequalityStats
{
    public static void Sii(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence;
        var type = (SiiValueType)request.WholeNumber("value_type", 0);
        var transform = request.Flag("transform", false);
        var options = new SiiOptions(type, transform, request.Multiplier ?? 1, levels, request.WholeNumber("repetitions", 100_000), request.Seed);
        var (groups, inputs) = QuantileGroups(request, table, "phe_sii");
        var batch = SlopeIndexOfInequality.CalculateAll(inputs, options);
        var suffixes = levels.Levels.Select(ConfidenceLevels.SuffixFor).ToArray();
        using var writer = GroupedStats.Header(request, stdout,
        [
            "sii", .. suffixes.SelectMany(s => new[] { $"sii_lower{s}cl", $"sii_upper{s}cl" }),
            "rii", .. suffixes.SelectMany(s => new[] { $"rii_lower{s}cl", $"rii_upper{s}cl" }),
            "intercept", "indicator_type", "multiplier", "transform", "CI_confidence", "CI_method",
        ]);
        for (var i = 0; i < groups.Count; i++)
        {
            if (batch.Results[i] is not { } result)
            {
                continue;
            }

            GroupedStats.Key(writer, groups[i].Key).Number(result.Sii);
            foreach (var interval in result.SiiIntervals)
            {
                writer.Number(interval.Lower).Number(interval.Upper);
            }

            writer.Number(result.Rii);
            foreach (var interval in result.RiiIntervals)
            {
                writer.Number(interval.Lower).Number(interval.Upper);
            }

            writer.Number(result.Intercept).Number((int)type).Number(options.Multiplier)
                .Text(!transform ? "none" : type == SiiValueType.Rate ? "log" : "logit").Text(levels.Label)
                .Text($"simulation {options.Repetitions.ToString(CultureInfo.InvariantCulture)} reps").EndRow();
        }

        foreach (var warning in batch.Warnings)
        {
            stderr.WriteLine("warning: " + warning);
        }
    }

    public static void Quantile(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        var value = table.Column(request.ColumnName("value"), "value");
        var count = request.WholeNumber("nquantiles", 10);
        var invertSetting = request.Setting("invert", "true");
        var invertColumn = bool.TryParse(invertSetting, out _) ? (int?)null : table.Column(invertSetting, "invert");
        var quantiles = new int?[table.Rows.Count];
        var inverted = new bool[table.Rows.Count];
        var tooFew = false;
        foreach (var (_, rows) in table.Groups(request.GroupBy))
        {
            var flags = rows.Select(r => invertColumn is { } c ? Logical(table.Rows[r][c], r) : request.Flag("invert", true)).Distinct().ToArray();
            if (flags.Length > 1)
            {
                throw new StatisticsException("invert field values must take the same logical value for each data grouping set");
            }

            var values = rows.Select(r => table.Number(table.Rows[r], value, r)).ToArray();
            tooFew |= Quantiles.HasTooFewValues(values, count);
            var assigned = Quantiles.Assign(values, count, flags.FirstOrDefault(true));
            for (var i = 0; i < rows.Count; i++)
            {
                quantiles[rows[i]] = assigned[i];
                inverted[rows[i]] = flags.FirstOrDefault(true);
            }
        }

        using var writer = StatsCsvWriter.Open(request, stdout);
        foreach (var name in table.Header.Concat(["quantile", "nquantiles", "groupvars", "qinverted"]))
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

            writer.Number(quantiles[r]).Number(count).Text(string.Join(", ", request.GroupBy))
                .Text(inverted[r] ? "lowest quantile represents highest values" : "lowest quantile represents lowest values").EndRow();
        }

        if (tooFew)
        {
            stderr.WriteLine("warning: " + "One or more groups had too few small areas with values to allow quantiles to be assigned");
        }
    }

    /// <summary>Population attributable risk per group (as Public Health Scotland publishes it), with simulated limits.</summary>
    public static void Par(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence;
        var reference = request.Settings.ContainsKey("reference") ? request.Number("reference", 0) : (double?)null;
        var options = new ParOptions((SiiValueType)request.WholeNumber("value_type", 0), request.Flag("higher_is_better", false), reference,
            levels, request.WholeNumber("repetitions", 100_000), request.Seed);
        var (groups, inputs) = QuantileGroups(request, table, "par");
        var batch = PopulationAttributableRisk.CalculateAll(inputs, options);
        var suffixes = levels.Levels.Select(ConfidenceLevels.SuffixFor).ToArray();
        using var writer = GroupedStats.Header(request, stdout,
        [
            "overall", "reference", "par", .. suffixes.SelectMany(s => new[] { $"par_lower{s}cl", $"par_upper{s}cl" }),
            "par_percent", .. suffixes.SelectMany(s => new[] { $"par_percent_lower{s}cl", $"par_percent_upper{s}cl" }),
            "polarity", "CI_confidence", "CI_method",
        ]);
        for (var i = 0; i < groups.Count; i++)
        {
            if (batch.Results[i] is not { } result)
            {
                continue;
            }

            GroupedStats.Key(writer, groups[i].Key).Number(result.Overall).Number(result.Reference).Number(result.Absolute);
            foreach (var interval in result.AbsoluteIntervals)
            {
                writer.Number(interval.Lower).Number(interval.Upper);
            }

            writer.Number(result.Percent);
            foreach (var interval in result.PercentIntervals)
            {
                writer.Number(interval.Lower).Number(interval.Upper);
            }

            writer.Text(options.HigherIsBetter ? "higher is better" : "lower is better").Text(levels.Label)
                .Text($"simulation {options.Repetitions.ToString(CultureInfo.InvariantCulture)} reps").EndRow();
        }

        foreach (var warning in batch.Warnings)
        {
            stderr.WriteLine("warning: " + warning);
        }
    }

    /// <summary>Fingertips' recent-trend test per group, on the rows in their input order (oldest first).</summary>
    public static void Trend(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        if (request.Confidence.Levels.Count != 1)
        {
            throw new StatisticsException("trend tests at one level: give one --confidence, e.g. 0.95 or 0.998");
        }

        var level = request.Confidence.Levels[0];
        var proportion = request.Choice("statistic", "value", "value", "proportion") == "proportion";
        var first = table.Column(request.ColumnName(proportion ? "numerator" : "value"), proportion ? "numerator" : "value");
        var second = table.Column(request.ColumnName(proportion ? "denominator" : "lowercl"), proportion ? "denominator" : "lowercl");
        var third = proportion ? (int?)null : table.Column(request.ColumnName("uppercl"), "uppercl");
        var groups = table.Groups(request.GroupBy);
        using var writer = GroupedStats.Header(request, stdout, ["points", "slope", "chi_squared", "p_value", "trend", "confidence", "method"]);
        foreach (var (key, rows) in groups)
        {
            double Get(int column, int r) => table.Number(table.Rows[r], column, r) ?? throw new StatisticsException($"line {r + 2}: a value is missing");
            var a = rows.Select(r => Get(first, r)).ToArray();
            var b = rows.Select(r => Get(second, r)).ToArray();
            var result = proportion
                ? RecentTrend.ForProportion(a, b, level)
                : RecentTrend.ForValues(a, b, [.. rows.Select(r => Get(third!.Value, r))], level);
            GroupedStats.Key(writer, key).Number(result.Points).Number(result.Slope).Number(result.ChiSquared).Number(result.PValue)
                .Text(result.Direction switch
                {
                    TrendDirection.Increasing => "increasing",
                    TrendDirection.Decreasing => "decreasing",
                    _ => "no significant change",
                })
                .Text(request.Confidence.Label)
                .Text(proportion ? "chi-squared test for trend in proportions" : "weighted least squares, weights 1/SE^2").EndRow();
        }
    }

    // The quantile columns sii and par share: quantile, population, value (or x), and se or 95 % limits.
    private static (IReadOnlyList<(string[] Key, List<int> Rows)> Groups, IReadOnlyList<SiiQuantile>[] Inputs) QuantileGroups(
        StatsRequest request, StatsTable table, string method)
    {
        var quantile = table.Column(request.ColumnName("quantile"), "quantile");
        var population = table.Column(request.ColumnName("population"), "population");
        var value = table.OptionalColumn(request.ColumnName("value"));
        var count = table.OptionalColumn(request.ColumnName("x"));
        var se = table.OptionalColumn(request.ColumnName("se"));
        var lower = table.OptionalColumn(request.ColumnName("lowercl"));
        var upper = table.OptionalColumn(request.ColumnName("uppercl"));
        if (se is null && (lower is null || upper is null))
        {
            throw new StatisticsException($"function {method} requires either lower_cl and upper_cl fields, or se field");
        }

        var groups = table.Groups(request.GroupBy);
        double? Get(int? column, int r) => column is { } c ? table.Number(table.Rows[r], c, r) : null;
        var inputs = groups.Select(g => (IReadOnlyList<SiiQuantile>)g.Rows.Select(r => new SiiQuantile(
            Get(quantile, r) ?? double.NaN, Get(population, r) ?? double.NaN, Get(value, r), Get(count, r),
            Get(se, r), se is null ? Get(lower, r) : null, se is null ? Get(upper, r) : null)).ToArray()).ToArray();
        return (groups, inputs);
    }

    private static bool Logical(string text, int row) => text.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new StatisticsException($"line {row + 2}: invert value '{text}' should be true or false"),
    };
}
