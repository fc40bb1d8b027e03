using System.Text.RegularExpressions;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>Methods that combine a group's rows: mean, DSR, ISR, ISRatio and life expectancy.</summary>
internal static partial class GroupedStats
{
    public static void Mean(StatsRequest request, TextWriter stdout)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence.RequireOneOrStandardPair();
        var value = table.Column(request.ColumnName("value"), "value");
        using var writer = Header(request, stdout, ["value_sum", "value_count", "stdev", "value", .. StatsCsvWriter.LimitColumns(levels), "confidence", "statistic", "method"]);
        foreach (var (key, rows) in table.Groups(request.GroupBy))
        {
            var result = Core.Statistics.Mean.Calculate(rows.Select(r => table.Number(table.Rows[r], value, r)).ToArray(), levels);
            Key(writer, key).Number(result.Sum).Number(result.Count).Number(result.StandardDeviation).Estimate(result.Estimate)
                .Text(levels.Label).Text(result.Estimate.Statistic).Text(result.Estimate.Method).EndRow();
        }
    }

    public static void Dsr(StatsRequest request, TextWriter stdout)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence.RequireOneOrStandardPair();
        var multiplier = request.Multiplier ?? 100_000;
        var x = table.Column(request.ColumnName("numerator"), "numerator");
        var n = table.Column(request.ColumnName("denominator"), "denominator");
        var s = table.Column(request.ColumnName("stdpop"), "stdpop");
        var independent = request.Flag("independent_events", true);
        var frequency = independent ? -1 : table.Column(request.ColumnName("eventfreq"), "eventfreq");
        var band = independent ? -1 : table.Column(request.ColumnName("ageband"), "ageband");
        using var writer = Header(request, stdout, ["total_count", "total_pop", "value", .. StatsCsvWriter.LimitColumns(levels), "confidence", "statistic", "method"]);
        foreach (var (key, rows) in table.Groups(request.GroupBy))
        {
            double Required(int r, int column) => table.Number(table.Rows[r], column, r)
                ?? throw new StatisticsException($"field {table.Header[column]} cannot have missing values (line {r + 2})");
            var result = independent
                ? DirectlyStandardisedRate.Calculate(rows.Select(r => new StandardisationBand(table.Number(table.Rows[r], x, r), Required(r, n), Required(r, s))).ToArray(), multiplier, levels)
                : DirectlyStandardisedRate.CalculateNonIndependent(rows.Select(r => new EventFrequencyBand(table.Rows[r][band], (int)Required(r, frequency),
                    table.Number(table.Rows[r], x, r), Required(r, n), Required(r, s))).ToArray(), multiplier, levels);
            Key(writer, key).Number(result.TotalCount).Number(result.TotalPopulation).Estimate(result.Estimate)
                .Text(levels.Label).Text(result.Estimate.Statistic).Text(result.Estimate.Method).EndRow();
        }
    }

    public static void Indirect(StatsRequest request, TextWriter stdout, bool rate)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence.RequireOneOrStandardPair();
        var scale = request.Multiplier ?? (rate ? 100_000 : 1);
        var x = table.Column(request.ColumnName("numerator"), "numerator");
        var n = table.Column(request.ColumnName("denominator"), "denominator");
        var xRef = table.Column(request.ColumnName("ref_numerator"), "ref_numerator");
        var nRef = table.Column(request.ColumnName("ref_denominator"), "ref_denominator");
        string[] outputs = rate
            ? ["observed", "expected", "ref_rate", "value", .. StatsCsvWriter.LimitColumns(levels), "confidence", "statistic", "method"]
            : ["observed", "expected", "value", .. StatsCsvWriter.LimitColumns(levels), "confidence", "statistic", "method"];
        using var writer = Header(request, stdout, outputs);
        var groups = table.Groups(request.GroupBy);
        if (groups.Select(g => g.Rows.Count).Distinct().Count() > 1)
        {
            throw new StatisticsException("data must contain the same number of rows for each group");
        }

        foreach (var (key, rows) in groups)
        {
            var bands = rows.Select(r => new IndirectBand(table.Number(table.Rows[r], x, r), table.Number(table.Rows[r], n, r),
                table.Number(table.Rows[r], xRef, r), table.Number(table.Rows[r], nRef, r) ?? double.NaN)).ToArray();
            var result = rate ? IndirectlyStandardised.Rate(bands, scale, levels) : IndirectlyStandardised.Ratio(bands, scale, levels);
            Key(writer, key).Number(result.Observed).Number(result.Expected);
            if (rate)
            {
                writer.Number(result.ReferenceRate);
            }

            writer.Estimate(result.Estimate).Text(levels.Label).Text(result.Estimate.Statistic).Text(result.Estimate.Method).EndRow();
        }
    }

    public static void LifeExpectancy(StatsRequest request, TextWriter stdout, TextWriter stderr)
    {
        var table = StatsTable.Read(request.Input);
        var levels = request.Confidence;
        var deaths = table.Column(request.ColumnName("deaths"), "deaths");
        var population = table.Column(request.ColumnName("population"), "population");
        var start = table.Column(request.ColumnName("startage"), "startage");
        using var writer = Header(request, stdout, ["startage", "value", .. StatsCsvWriter.LimitColumns(levels), "pops_used", "dths_used", "confidence", "statistic", "method"]);
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, rows) in table.Groups(request.GroupBy))
        {
            var bands = rows.Select(r => new LifeTableBand(StartAge(table.Rows[r][start], r), table.Number(table.Rows[r], population, r) ?? double.NaN,
                table.Number(table.Rows[r], deaths, r) ?? double.NaN)).ToArray();
            var result = Core.Statistics.LifeExpectancy.Calculate(bands, levels);
            warnings.UnionWith(result.Warnings);
            foreach (var age in result.Ages)
            {
                Key(writer, key).Number(age.StartAge).Number(age.Value);
                foreach (var interval in age.Intervals)
                {
                    writer.Number(interval.Lower).Number(interval.Upper);
                }

                writer.Number(age.PopulationUsed).Number(age.DeathsUsed).Text(levels.Label)
                    .Text($"life expectancy at {age.StartAge}").Text("Chiang, using Silcocks et al for confidence limits").EndRow();
            }
        }

        foreach (var warning in warnings)
        {
            stderr.WriteLine("warning: " + warning);
        }
    }

    internal static StatsCsvWriter Header(StatsRequest request, TextWriter stdout, IEnumerable<string> outputs)
    {
        var writer = StatsCsvWriter.Open(request, stdout);
        foreach (var name in request.GroupBy.Concat(outputs))
        {
            writer.Text(name);
        }

        writer.EndRow();
        return writer;
    }

    internal static StatsCsvWriter Key(StatsCsvWriter writer, string[] key)
    {
        foreach (var k in key)
        {
            writer.Text(k);
        }

        return writer;
    }

    /// <summary>The first whole number in a label sets the band ("90 +" → 90, "1–4" → 1), as the package reads labels.</summary>
    private static int StartAge(string label, int row)
    {
        var match = FirstNumber().Match(label);
        return match.Success && int.TryParse(match.Value, System.Globalization.CultureInfo.InvariantCulture, out var age)
            ? age
            : throw new StatisticsException($"line {row + 2}: start age '{label}' has no number in it; use labels such as 0, 1-4, 90+");
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex FirstNumber();
}
