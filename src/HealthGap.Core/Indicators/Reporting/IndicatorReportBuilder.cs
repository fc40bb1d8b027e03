using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Builds the published rows of an indicator from its sufficient statistics: the measure per area and
/// group (Statistics), disclosure control over all areas together (one table per indicator and period:
/// each area's breakdown groups with its all-persons cell as their margin, linked across areas nested
/// in areas and breakdowns nested in breakdowns, see <see cref="LinkedTable"/>), then the inequality
/// summary from the published cells only.
/// </summary>
/// <param name="gate">The disclosure gate every row passes.</param>
/// <param name="espWeights">ESP2013 weights of the 19 bands 0–4 … 90+.</param>
/// <param name="areaNames">Area code → name, for the output.</param>
/// <param name="hierarchy">Which areas nest in which (none: areas are linked only by their grand total).</param>
public sealed class IndicatorReportBuilder(DisclosureGate gate, IReadOnlyList<int> espWeights, IReadOnlyDictionary<string, string> areaNames, AreaHierarchy? hierarchy = null)
{
    private const string AllCell = "all|All";

    /// <summary>
    /// Published rows of one period, areas in parallel. <paramref name="previous"/> holds each area's
    /// summary of the period before (for the trend) and is updated to this period's.
    /// </summary>
    public (IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities) Build(IndicatorCounts counts, Dictionary<(string, string), InequalityRow> previous)
    {
        var definition = counts.Definition;
        var areas = RunGrouping.Group(counts.Strata, s => (s.AreaType, s.AreaCode))
            .OrderBy(g => g.Key.AreaType, StringComparer.Ordinal).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ToList();
        var prepared = new (Cells Cells, LinkedTable.AreaCells Gate)[areas.Count];
        Parallel.For(0, areas.Count, i => prepared[i] = Prepare(definition, areas[i].Key, areas[i].Items));
        var table = LinkedTable.Build($"{definition.Id} {counts.Period.Label}", [.. prepared.Select(p => p.Gate)], hierarchy ?? AreaHierarchy.None);
        var published = gate.Apply(table).Cells.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var built = new (List<IndicatorRow> Rows, InequalityRow Summary)[areas.Count];
        Parallel.For(0, areas.Count, i =>
        {
            var area = areas[i].Key;
            var own = new PublishedTable(
                $"{definition.Id} {counts.Period.Label} {area.AreaType} {area.AreaCode}",
                [.. prepared[i].Gate.Cells.Select(c => published[LinkedTable.Id(area, c.Id)] with { Id = c.Id })],
                gate.Policy);
            previous.TryGetValue(area, out var before);
            built[i] = Rows(counts, area, prepared[i].Cells, own, before);
        });
        foreach (var (_, summary) in built)
        {
            previous[(summary.AreaType, summary.AreaCode)] = summary;
        }

        return ([.. built.SelectMany(b => b.Rows)], [.. built.Select(b => b.Summary)]);
    }

    private (Cells Cells, LinkedTable.AreaCells Gate) Prepare(IndicatorDefinition definition, (string AreaType, string AreaCode) area, IReadOnlyList<StratumCount> strata)
    {
        var cells = RunGrouping.Group(strata, s => (s.Breakdown, s.Group))
            .Select(g => (g.Key.Breakdown, g.Key.Group, Strata: g.Items))
            .OrderBy(c => c.Breakdown, StringComparer.Ordinal).ThenBy(c => c.Group, StringComparer.Ordinal)
            .ToList();
        var measures = cells.ToDictionary(c => $"{c.Breakdown}|{c.Group}", c => MeasureCalculator.Compute(definition, c.Strata, espWeights));
        var (disclosureCells, margins) = Table(cells, measures);
        return (new Cells(cells, measures), new LinkedTable.AreaCells(area, disclosureCells, margins));
    }

    private (List<IndicatorRow> Rows, InequalityRow Summary) Rows(IndicatorCounts counts, (string AreaType, string AreaCode) area, Cells cells, PublishedTable published, InequalityRow? before)
    {
        var definition = counts.Definition;
        var rows = new List<IndicatorRow>(cells.Groups.Count);
        var areaName = areaNames.GetValueOrDefault(area.AreaCode, "");
        foreach (var (breakdown, group, cellStrata) in cells.Groups)
        {
            var id = $"{breakdown}|{group}";
            rows.Add(new IndicatorRow(
                definition.Id, counts.Period.Start, counts.Period.End, counts.Period.Label, area.AreaType, area.AreaCode,
                areaName, breakdown, GroupLabel(definition, breakdown, group),
                published[id], MeasureCalculator.Statistic(definition), cells.Measures[id].Estimate.Method ?? "",
                NoValueReasons.Of(definition, breakdown, published[id], cellStrata.Sum(c => c.Denominator))));
        }

        var summary = InequalityCalculator.Summarise(definition, counts.Period, area, published, cells.Measures);
        return (rows, summary with { Trend = InequalityCalculator.Trend(before, summary) });
    }

    private static (List<DisclosureCell> Cells, List<DisclosureMargin> Margins) Table(
        IReadOnlyList<(string Breakdown, string Group, IReadOnlyList<StratumCount> Strata)> cells,
        Dictionary<string, (Estimate Estimate, GroupRate? Rate)> measures)
    {
        var disclosureCells = cells.Select(c =>
        {
            var id = $"{c.Breakdown}|{c.Group}";
            var estimate = measures[id].Estimate;
            return new DisclosureCell(id, c.Strata.Sum(s => s.Numerator), c.Strata.Sum(s => s.Denominator), estimate.Value, estimate.Lower, estimate.Upper);
        }).ToList();
        var margins = disclosureCells.Any(c => c.Id == AllCell)
            ? cells.Where(c => c.Breakdown != "all").GroupBy(c => c.Breakdown)
                .Select(g => new DisclosureMargin(AllCell, [.. g.Select(c => $"{c.Breakdown}|{c.Group}")])).ToList()
            : [];
        return (disclosureCells, margins);
    }

    /// <summary>An area's groups (with their strata) and the measure of each.</summary>
    private sealed record Cells(
        IReadOnlyList<(string Breakdown, string Group, IReadOnlyList<StratumCount> Strata)> Groups,
        Dictionary<string, (Estimate Estimate, GroupRate? Rate)> Measures);

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
