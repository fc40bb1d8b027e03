using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Funding.Comparison;

/// <summary>
/// Puts scenarios over the same areas side by side: headline figures per scenario and each area's
/// pounds, with the difference from a baseline (one of the scenarios, or last year's amounts).
/// </summary>
public static class ScenarioComparer
{
    /// <summary>Compares <paramref name="scenarios"/>; the baseline is scenario <paramref name="baselineIndex"/> or <paramref name="lastYearFile"/> (CSV <c>code,amount</c>).</summary>
    public static ScenarioComparison Compare(IReadOnlyList<AllocationScenario> scenarios, int? baselineIndex = null, string? lastYearFile = null)
    {
        if (scenarios.Count == 0)
        {
            throw new FundingInputException("there are no scenarios to compare; give at least one --rule.");
        }

        var units = scenarios[0].Lines.Select(l => l.Unit).ToArray();
        foreach (var other in scenarios.Skip(1))
        {
            if (other.Lines.Count != units.Length || other.Lines.Where((l, i) => l.Unit.Code != units[i].Code).Any())
            {
                throw new FundingInputException($"scenario {other.RuleId} is over different areas from {scenarios[0].RuleId}; compare scenarios over the same footprint and level.");
            }
        }

        if (baselineIndex is { } b && (b < 0 || b >= scenarios.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineIndex), b, "baseline must be one of the scenarios");
        }

        long[]? baseline = null;
        long? baselineBidPot = null;
        string? label = null;
        if (lastYearFile is not null)
        {
            var lastYear = new UnitValues(lastYearFile, ["amount"]);
            baseline = lastYear.Match(units).Select(v => (long)decimal.Round(v[0], MidpointRounding.AwayFromZero)).ToArray();
            baselineBidPot = 0;
            label = $"last year ({lastYear.FileName})";
        }
        else if (baselineIndex is { } index)
        {
            baseline = scenarios[index].Lines.Select(l => l.AmountPounds).ToArray();
            baselineBidPot = scenarios[index].BidPotPounds;
            label = scenarios[index].RuleTitle;
        }

        var labels = UniqueLabels(scenarios);
        var summaries = scenarios.Select((s, i) => Summarise(s, labels[i], baseline, baselineBidPot)).ToArray();
        var rows = units.Select((u, i) => new ComparisonRow(u, scenarios.Select(s => s.Lines[i].AmountPounds).ToArray(), baseline?[i])).ToArray();
        return new ScenarioComparison { Scenarios = scenarios, Summaries = summaries, Rows = rows, BaselineLabel = label };
    }

    /// <summary>Pounds of an area's share that reach its Core20 residents.</summary>
    public static double ToCore20(AllocationLine line, bool earmarked) =>
        line.Unit.Population == 0 ? 0
        : earmarked ? line.AmountPounds
        : (double)line.AmountPounds * line.Unit.Core20Population / line.Unit.Population;

    private static ScenarioSummary Summarise(AllocationScenario s, string label, long[]? baseline, long? baselineBidPot)
    {
        var allocated = s.Lines.Sum(l => l.AmountPounds);
        var population = s.Population;
        var core20Population = s.Core20Population;
        var toCore20 = s.Lines.Sum(l => ToCore20(l, s.Core20Earmarked));
        var toOthers = s.Lines.Where(l => l.Unit.Population > 0).Sum(l => l.AmountPounds) - toCore20;
        var populated = s.Lines.Where(l => l.Unit.Population > 0).Select(l => l.PerHead).DefaultIfEmpty(0).ToArray();
        long? moved = baseline is null ? null
            : (s.Lines.Select((l, i) => Math.Abs(l.AmountPounds - baseline[i])).Sum() + Math.Abs(s.BidPotPounds - baselineBidPot!.Value)) / 2;
        return new ScenarioSummary
        {
            Label = label,
            AllocatedPounds = allocated,
            BidPotPounds = s.BidPotPounds,
            PerHead = population == 0 ? 0 : (double)allocated / population,
            PerCore20Resident = core20Population == 0 ? null : toCore20 / core20Population,
            PerOtherResident = population == core20Population ? null : toOthers / (population - core20Population),
            ShareToMostDeprivedQuintile = s.Budget.AmountPounds == 0 ? 0 : toCore20 / s.Budget.AmountPounds,
            MinPerHead = populated.Min(),
            MaxPerHead = populated.Max(),
            MovedFromBaselinePounds = moved,
        };
    }

    private static string[] UniqueLabels(IReadOnlyList<AllocationScenario> scenarios)
    {
        var labels = new string[scenarios.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenarios.Count; i++)
        {
            var title = scenarios[i].RuleTitle;
            seen[title] = seen.GetValueOrDefault(title) + 1;
            labels[i] = seen[title] == 1 ? title : $"{title} ({seen[title]})";
        }

        return labels;
    }
}
