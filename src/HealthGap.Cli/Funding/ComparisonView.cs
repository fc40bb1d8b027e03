using System.Text.Json;
using HealthGap.Cli.Output;
using HealthGap.Core.Funding.Comparison;
using Spectre.Console;

namespace HealthGap.Cli.Funding;

/// <summary>Prints a comparison: headline figures per rule, each area's pounds per rule, and the plain-language explanation of each rule.</summary>
internal static class ComparisonView
{
    public static void Write(ScenarioComparison comparison, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Areas(comparison, perHead: true).WriteCsv(output);
                break;
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    Baseline = comparison.BaselineLabel,
                    Summaries = Summary(comparison).AsObjects(),
                    Areas = Areas(comparison, perHead: true).AsObjects(),
                    Scenarios = comparison.Scenarios.Select(s => new
                    {
                        s.Id, s.RuleId, s.RuleTitle, s.Formula, s.Explanation, s.Parameters, s.Scope, s.Budget, s.BidPotPounds, s.Data, s.SoftwareVersion,
                    }),
                }, AllocationView.Json));
                break;
            default:
                var first = comparison.Scenarios[0];
                var console = FundingConsole.Wide(output);
                console.WriteLine($"{first.Scope.Name} ({first.Scope.Code}) by {first.Scope.Level}: {first.Budget.Describe()}");
                console.Write(Readable(Summary(comparison), c => SummaryHeadings.GetValueOrDefault(c, c)).ToSpectreTable());
                console.Write(Readable(Areas(comparison, perHead: false), AreaHeading).ToSpectreTable());
                console.WriteLine();
                console.WriteLine("How each rule works (for a board paper):");
                foreach (var (scenario, summary) in comparison.Scenarios.Zip(comparison.Summaries))
                {
                    console.WriteLine($"- {summary.Label}: {scenario.Explanation}");
                    console.WriteLine($"  Formula: {scenario.Formula}");
                }

                console.WriteLine();
                console.WriteLine("Money given to an area is counted as reaching its residents equally, except under the Core20 split, whose area money is " +
                    "earmarked for Core20 residents; the bid pot reaches no-one until it is awarded. Data: IMD 2019 (national deciles; Core20 = most deprived " +
                    "quintile), IoD2019 mid-2015 populations, NHS geography July 2022.");
                break;
        }
    }

    private static readonly Dictionary<string, string> SummaryHeadings = new(StringComparer.Ordinal)
    {
        ["to_areas_pounds"] = "£ to areas", ["bid_pot_pounds"] = "£ bid pot", ["pounds_per_head"] = "£ per head",
        ["pounds_per_core20_resident"] = "£ per Core20 resident", ["pounds_per_other_resident"] = "£ per other resident",
        ["share_to_most_deprived_quintile_percent"] = "% to most deprived quintile", ["min_pounds_per_head"] = "min £ per head",
        ["max_pounds_per_head"] = "max £ per head", ["moved_vs_baseline_pounds"] = "£ moved vs baseline",
    };

    private static string AreaHeading(string column) => column switch
    {
        "core20_percent" => "% Core20",
        "baseline_pounds" => "£ baseline",
        _ when column.EndsWith("_pounds", StringComparison.Ordinal) => "£ " + column[..^7],
        _ when column.EndsWith("_difference", StringComparison.Ordinal) => "Δ " + column[..^11],
        _ => column,
    };

    /// <summary>The same table with headings for people (the CSV/JSON keep the machine names).</summary>
    private static ResultTable Readable(ResultTable table, Func<string, string> heading) =>
        table with { Columns = table.Columns.Select(heading).ToArray() };

    public static ResultTable Summary(ScenarioComparison comparison)
    {
        var columns = new List<string> { "rule", "to_areas_pounds", "bid_pot_pounds", "pounds_per_head", "pounds_per_core20_resident", "pounds_per_other_resident", "share_to_most_deprived_quintile_percent", "min_pounds_per_head", "max_pounds_per_head" };
        if (comparison.BaselineLabel is not null)
        {
            columns.Add("moved_vs_baseline_pounds");
        }

        return new ResultTable(
            "Scenarios side by side" + (comparison.BaselineLabel is { } b ? $" (baseline: {b})" : string.Empty),
            columns,
            comparison.Summaries.Select(s => (IReadOnlyList<string?>)
            [
                s.Label, ResultTable.Number(s.AllocatedPounds), ResultTable.Number(s.BidPotPounds), ResultTable.Number(s.PerHead, 2),
                s.PerCore20Resident is { } c ? ResultTable.Number(c, 2) : null, s.PerOtherResident is { } o ? ResultTable.Number(o, 2) : null,
                ResultTable.Number(100 * s.ShareToMostDeprivedQuintile, 1), ResultTable.Number(s.MinPerHead, 2), ResultTable.Number(s.MaxPerHead, 2),
                .. comparison.BaselineLabel is null ? Array.Empty<string?>() : [s.MovedFromBaselinePounds is { } m ? ResultTable.Number(m) : null],
            ]).ToArray());
    }

    public static ResultTable Areas(ScenarioComparison comparison, bool perHead)
    {
        var ids = comparison.Scenarios.Select(s => s.RuleId).ToArray();
        var hasBaseline = comparison.BaselineLabel is not null;
        var columns = new List<string> { "code", "name", "population", "core20_percent" };
        if (hasBaseline)
        {
            columns.Add("baseline_pounds");
        }

        foreach (var id in ids)
        {
            columns.Add(id + "_pounds");
            if (perHead)
            {
                columns.Add(id + "_per_head");
            }

            if (hasBaseline)
            {
                columns.Add(id + "_difference");
            }
        }

        var rows = comparison.Rows.Select(r =>
        {
            var row = new List<string?> { r.Unit.Code, r.Unit.Name, ResultTable.Number(r.Unit.Population), ResultTable.Number(100 * r.Unit.Core20Share, 1) };
            if (hasBaseline)
            {
                row.Add(r.BaselinePounds is { } b ? ResultTable.Number(b) : null);
            }

            for (var i = 0; i < ids.Length; i++)
            {
                row.Add(ResultTable.Number(r.AmountsPounds[i]));
                if (perHead)
                {
                    row.Add(ResultTable.Number(r.PerHead[i], 2));
                }

                if (hasBaseline)
                {
                    row.Add(r.Differences is { } d ? ResultTable.Number(d[i]) : null);
                }
            }

            return (IReadOnlyList<string?>)row;
        }).ToList();
        var pot = new List<string?> { AllocationView.BidPotCode, "Bid pot", null, null };
        if (hasBaseline)
        {
            pot.Add(null);
        }

        foreach (var scenario in comparison.Scenarios)
        {
            pot.Add(ResultTable.Number(scenario.BidPotPounds));
            if (perHead)
            {
                pot.Add(null);
            }

            if (hasBaseline)
            {
                pot.Add(null);
            }
        }

        rows.Add(pot);
        return new ResultTable("Pounds per area under each rule", columns, rows);
    }
}
