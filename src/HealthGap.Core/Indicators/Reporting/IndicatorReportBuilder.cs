using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Builds the published rows of an indicator from its sufficient statistics: the measure per area and
/// group (Statistics), disclosure control per area (one table: every breakdown's groups with the
/// all-persons total as their margin), then the inequality summary from the published cells only.
/// </summary>
/// <param name="gate">The disclosure gate every row passes.</param>
/// <param name="espWeights">ESP2013 weights of the 19 bands 0–4 … 90+.</param>
/// <param name="areaNames">Area code → name, for the output.</param>
internal sealed class IndicatorReportBuilder(DisclosureGate gate, IReadOnlyList<int> espWeights, IReadOnlyDictionary<string, string> areaNames)
{
    private const string AllCell = "all|All";

    /// <summary>Published rows of one period, areas in parallel (trends across periods are <see cref="InequalityTrends"/>').</summary>
    public (IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities) Build(IndicatorCounts counts)
    {
        var areas = RunGrouping.Group(counts.Strata, s => (s.AreaType, s.AreaCode))
            .OrderBy(g => g.Key.AreaType, StringComparer.Ordinal).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ToList();
        var built = new (List<IndicatorRow> Rows, InequalityRow Summary)[areas.Count];
        Parallel.For(0, areas.Count, i =>
        {
            var area = areas[i];
            built[i] = BuildArea(counts, area.Key, area.Items);
        });

        return ([.. built.SelectMany(b => b.Rows)], [.. built.Select(b => b.Summary)]);
    }

    private (List<IndicatorRow> Rows, InequalityRow Summary) BuildArea(IndicatorCounts counts, (string AreaType, string AreaCode) area, IReadOnlyList<StratumCount> strata)
    {
        var definition = counts.Definition;
        // Each cell's id and sums once: the table, the measures and the rows all need them.
        var cells = RunGrouping.Group(strata, s => (s.Breakdown, s.Group))
            .Select(g => new Cell(g.Key.Breakdown, g.Key.Group, $"{g.Key.Breakdown}|{g.Key.Group}", g.Items, Sum(g.Items)))
            .OrderBy(c => c.Breakdown, StringComparer.Ordinal).ThenBy(c => c.Group, StringComparer.Ordinal)
            .ToList();
        var measures = cells.ToDictionary(c => c.Id, c => MeasureCalculator.Compute(definition, c.Strata, espWeights));
        var published = gate.Apply(Table(definition, counts.Period, area, cells, measures));
        var rows = new List<IndicatorRow>(cells.Count);
        var areaName = areaNames.GetValueOrDefault(area.AreaCode, "");
        var statistic = MeasureCalculator.Statistic(definition);
        foreach (var cell in cells)
        {
            var cellPublished = published[cell.Id];
            rows.Add(new IndicatorRow(
                definition.Id, counts.Period.Start, counts.Period.End, counts.Period.Label, area.AreaType, area.AreaCode,
                areaName, cell.Breakdown, GroupLabel(definition, cell.Breakdown, cell.Group),
                cellPublished, statistic, measures[cell.Id].Estimate.Method ?? "",
                NoValueReasons.Of(definition, cell.Breakdown, cellPublished, cell.Denominator)));
        }

        return (rows, InequalityCalculator.Summarise(definition, counts.Period, area, published, measures));
    }

    private static DisclosureTable Table(
        IndicatorDefinition definition,
        ReportingPeriod period,
        (string AreaType, string AreaCode) area,
        IReadOnlyList<Cell> cells,
        Dictionary<string, (Estimate Estimate, GroupRate? Rate)> measures)
    {
        var disclosureCells = cells.Select(c =>
        {
            var estimate = measures[c.Id].Estimate;
            // Person-years go to the gate (and out) as whole years, not as the engine's days.
            return new DisclosureCell(c.Id, c.Numerator, definition.PublishedDenominator(c.Denominator), estimate.Value, estimate.Lower, estimate.Upper);
        }).ToList();
        var margins = disclosureCells.Any(c => c.Id == AllCell) ? Margins(cells) : [];
        return new DisclosureTable($"{definition.Id} {period.Label} {area.AreaType} {area.AreaCode}", disclosureCells, margins);
    }

    // Each breakdown's groups add up to the all-persons cell. Cells are sorted by breakdown, so a breakdown's
    // groups are one run: the margins are the runs, in order (what grouping by breakdown gives, without hashing).
    private static List<DisclosureMargin> Margins(IReadOnlyList<Cell> cells)
    {
        var margins = new List<DisclosureMargin>();
        for (var start = 0; start < cells.Count;)
        {
            var end = start + 1;
            while (end < cells.Count && cells[end].Breakdown == cells[start].Breakdown)
            {
                end++;
            }

            if (cells[start].Breakdown != "all")
            {
                margins.Add(new DisclosureMargin(AllCell, [.. Enumerable.Range(start, end - start).Select(i => cells[i].Id)]));
            }

            start = end;
        }

        return margins;
    }

    private static (long Numerator, long Denominator) Sum(IReadOnlyList<StratumCount> strata)
    {
        long numerator = 0, denominator = 0;
        for (var i = 0; i < strata.Count; i++)
        {
            numerator += strata[i].Numerator;
            denominator += strata[i].Denominator;
        }

        return (numerator, denominator);
    }

    /// <summary>One area's cell: a breakdown group, its id (breakdown|group), its strata and their summed counts.</summary>
    private sealed record Cell(string Breakdown, string Group, string Id, IReadOnlyList<StratumCount> Strata, (long Numerator, long Denominator) Sums)
    {
        public long Numerator => Sums.Numerator;

        public long Denominator => Sums.Denominator;
    }

    /// <summary>Age band groups are indices in the engine; outputs show their labels (0-4 … 90+).</summary>
    private static string GroupLabel(IndicatorDefinition definition, string breakdown, string group)
    {
        if (breakdown != "age_band" || !int.TryParse(group, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            return group;
        }

        var lower = definition.AgeBands == AgeBandScheme.LifeTable ? LifeExpectancy.StartAges[i] : i * 5;
        var upper = definition.AgeBands == AgeBandScheme.LifeTable ? (i + 1 < LifeExpectancy.StartAges.Count ? LifeExpectancy.StartAges[i + 1] - 1 : (int?)null) : (i < 18 ? (i * 5) + 4 : null);
        return upper is null ? $"{lower}+" : lower == upper ? $"{lower}" : $"{lower}-{upper}";
    }
}
