using System.CommandLine;
using HealthGap.Cli.Output;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Funding.Comparison;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Funding;

/// <summary><c>healthgap funding compare</c>: several rules over the same areas, side by side.</summary>
internal static class CompareCommand
{
    /// <summary>More areas than this and the chart shows Core20 vs other residents instead of one bar group per area.</summary>
    private const int MaxChartAreas = 60;

    public static Command Create()
    {
        var options = new AllocationOptions();
        var rules = new Option<string[]>("--rule")
        {
            Description = "Rules to compare (repeat, or comma-separated); default: " + string.Join(", ", AllocationRules.DefaultComparison) + ".",
        };
        var baseline = new Option<string?>("--baseline") { Description = "Show each area's difference from this rule (one of --rule)." };
        var lastYear = new Option<string?>("--last-year") { Description = "Show each area's difference from last year's amounts (CSV: code,amount)." };
        var chart = new Option<string?>("--chart") { Description = "Also write an accessible SVG bar chart to this file." };
        var format = OutputFormatOption.Create();
        var outFile = new Option<string?>("--out", "-o") { Description = "Write the result to this file instead of the screen." };
        var command = new Command(
            "compare",
            """
            Compare allocation rules side by side over the same areas: pounds per head, pounds per Core20
            resident, the share reaching the most deprived national quintile, the spread of pounds per head,
            and each area's pounds, with differences from a baseline rule or from last year. The table
            ends with a plain-language explanation of each rule, ready for a board paper.

            Examples:
              healthgap funding compare --icb QE1 --budget 2500000
              healthgap funding compare --icb QE1 --budget 2500000 --rule population,need-imd,core20-split --baseline population
              healthgap funding compare --icb QE1 --budget 2500000 --last-year allocations-2024.csv --format csv --out compare.csv
              healthgap funding compare --icb QE1 --budget 2500000 --chart compare.svg
            """);
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(rules);
        command.Options.Add(baseline);
        command.Options.Add(lastYear);
        command.Options.Add(chart);
        command.Options.Add(format);
        command.Options.Add(outFile);
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var ids = (parse.GetValue(rules) is { Length: > 0 } given ? given : AllocationRules.DefaultComparison)
                .SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            var baselineRule = parse.GetValue(baseline);
            int? baselineIndex = null;
            if (baselineRule is not null)
            {
                var index = Array.FindIndex(ids, id => id.Equals(baselineRule, StringComparison.OrdinalIgnoreCase));
                baselineIndex = index >= 0 ? index : throw new CliUsageException($"--baseline {baselineRule} is not one of the rules compared ({string.Join(", ", ids)}).");
            }

            if (baselineIndex is not null && parse.GetValue(lastYear) is not null)
            {
                throw new CliUsageException("give either --baseline or --last-year, not both.");
            }

            var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
            var (scope, lsoas, groups) = options.Footprint(parse, reference);
            var units = AllocationUnits.Build(lsoas, scope.Level, groups);
            var budget = options.BudgetFrom(parse);
            var ruleOptions = options.RuleOptions(parse);
            var vintage = ReferenceFingerprint.Of(reference);
            var scenarios = ids.Select(id => Allocator.Allocate(scope, units, budget, AllocationRules.Create(id, ruleOptions), vintage)).ToArray();
            var comparison = ScenarioComparer.Compare(scenarios, baselineIndex, parse.GetValue(lastYear));
            var output = parse.InvocationConfiguration.Output;
            FundingConsole.Write(parse.GetValue(outFile), output, writer => ComparisonView.Write(comparison, parse.GetValue(format), writer));
            if (parse.GetValue(chart) is { } chartFile)
            {
                File.WriteAllText(chartFile, comparison.Rows.Count <= MaxChartAreas
                    ? ScenarioChart.PerHead(comparison, $"£ per resident by area and rule, {scope.Code}")
                    : ScenarioChart.Core20(comparison, $"£ per Core20 and other resident by rule, {scope.Code}"));
                parse.InvocationConfiguration.Error.WriteLine($"wrote chart {chartFile}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
