using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthGap.Cli.Output;
using HealthGap.Core.Funding.Allocation;
using Spectre.Console;

namespace HealthGap.Cli.Funding;

/// <summary>Prints one allocation scenario as a table, CSV (one row per area, then the bid pot) or JSON (everything, for reproducing it).</summary>
internal static class AllocationView
{
    public const string BidPotCode = "BID-POT";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write(AllocationScenario scenario, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Lines(scenario).WriteCsv(output);
                break;
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(scenario, Json));
                break;
            default:
                var console = FundingConsole.Wide(output);
                console.MarkupLineInterpolated($"[bold]{scenario.RuleTitle}[/]: {scenario.Scope.Name} ({scenario.Scope.Code}) by {scenario.Scope.Level}, {scenario.Budget.Describe()}");
                console.MarkupLineInterpolated($"[grey]Formula:[/] {scenario.Formula}");
                console.MarkupLineInterpolated($"[grey]Scenario {scenario.Id}; data: IMD 2019, mid-2015 populations, geography July 2022; JSON export (--format json) records inputs and file hashes.[/]");
                console.Write(Lines(scenario, includeTotal: true).ToSpectreTable());
                console.WriteLine();
                console.WriteLine(scenario.Explanation);
                break;
        }
    }

    public static ResultTable Lines(AllocationScenario scenario, bool includeTotal = false)
    {
        var budget = Math.Max(1, scenario.Budget.AmountPounds);
        var rows = scenario.Lines.Select(l => (IReadOnlyList<string?>)
        [
            l.Unit.Code, l.Unit.Name, ResultTable.Number(l.Unit.LsoaCount), ResultTable.Number(l.Unit.Population),
            ResultTable.Number(l.Unit.Core20Population), ResultTable.Number(l.Unit.MeanImdScore, 2),
            ResultTable.Number(l.AmountPounds), ResultTable.Number(l.PerHead, 2), ResultTable.Number(100.0 * l.AmountPounds / budget, 2),
        ]).ToList();
        if (scenario.BidPotPounds > 0 || scenario.RuleId == "core20-split")
        {
            rows.Add([BidPotCode, "Bid pot (open to bids; given to no area)", null, null, null, null,
                ResultTable.Number(scenario.BidPotPounds), null, ResultTable.Number(100.0 * scenario.BidPotPounds / budget, 2)]);
        }

        if (includeTotal)
        {
            rows.Add(["TOTAL", "Total", ResultTable.Number(scenario.Lines.Sum(l => l.Unit.LsoaCount)), ResultTable.Number(scenario.Population),
            ResultTable.Number(scenario.Core20Population), null,
            ResultTable.Number(scenario.Lines.Sum(l => l.AmountPounds) + scenario.BidPotPounds), null, "100.00"]);
        }

        return new ResultTable(
            $"{scenario.RuleTitle} — {scenario.Scope.Name}",
            ["code", "name", "lsoas", "population", "core20_population", "mean_imd_score", "amount_pounds", "pounds_per_head", "share_percent"],
            rows);
    }
}
