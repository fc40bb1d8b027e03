using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Builds the published rows of an indicator from its sufficient statistics: the measure per area and
/// group (Statistics), then disclosure control over every area and group of the period at once (one
/// linked table set: areas within areas, groups within breakdowns, <see cref="AreaAtoms"/> and
/// <see cref="GroupAtoms"/>), then the inequality summary from the published cells only.
/// </summary>
/// <param name="gate">The disclosure gate every row passes.</param>
/// <param name="espWeights">ESP2013 weights of the 19 bands 0–4 … 90+.</param>
/// <param name="areaNames">Area code → name, for the output.</param>
/// <param name="areaAtoms">What the store's areas are made of, for linking them.</param>
internal sealed class IndicatorReportBuilder(DisclosureGate gate, IReadOnlyList<int> espWeights, IReadOnlyDictionary<string, string> areaNames, AreaAtoms areaAtoms)
{
    private int _unprotected;

    /// <summary>Small counts so far for which no complementary pattern with enough slack was found (expected 0).</summary>
    public int Unprotected => _unprotected;

    /// <summary>
    /// Published rows of one period, areas in parallel. <paramref name="previous"/> holds each area's
    /// summary of the period before (for the trend) and is updated to this period's.
    /// </summary>
    public (IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities) Build(IndicatorCounts counts, Dictionary<(string, string), InequalityRow> previous)
    {
        var definition = counts.Definition;
        var areas = RunGrouping.Group(counts.Strata, s => (s.AreaType, s.AreaCode))
            .OrderBy(g => g.Key.AreaType, StringComparer.Ordinal).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ToList();
        var prepared = new AreaCells[areas.Count];
        Parallel.For(0, areas.Count, i => prepared[i] = Prepare(definition, areas[i].Key, areas[i].Items));

        var published = Gate(definition, counts.Period, prepared);
        var built = new (List<IndicatorRow> Rows, InequalityRow Summary)[areas.Count];
        Parallel.For(0, areas.Count, i =>
        {
            previous.TryGetValue(prepared[i].Area, out var before);
            built[i] = BuildArea(definition, counts.Period, prepared[i], published[i], before);
        });
        foreach (var (_, summary) in built)
        {
            previous[(summary.AreaType, summary.AreaCode)] = summary;
        }

        return ([.. built.SelectMany(b => b.Rows)], [.. built.Select(b => b.Summary)]);
    }

    private AreaCells Prepare(IndicatorDefinition definition, (string AreaType, string AreaCode) area, IReadOnlyList<StratumCount> strata)
    {
        // Each cell's id and sums once: the table, the measures and the rows all need them.
        var cells = RunGrouping.Group(strata, s => (s.Breakdown, s.Group))
            .Select(g => new Cell(g.Key.Breakdown, g.Key.Group, $"{g.Key.Breakdown}|{g.Key.Group}", g.Items, Sum(g.Items)))
            .OrderBy(c => c.Breakdown, StringComparer.Ordinal).ThenBy(c => c.Group, StringComparer.Ordinal)
            .ToList();
        var measures = cells.ToDictionary(c => c.Id, c => MeasureCalculator.Compute(definition, c.Strata, espWeights));
        return new AreaCells(area, cells, measures);
    }

    // One linked table of every area's cells; each area's published cells come back as its own table.
    private PublishedTable[] Gate(IndicatorDefinition definition, ReportingPeriod period, AreaCells[] areas)
    {
        var groups = areas.SelectMany(a => a.Cells.Select(c => (c.Breakdown, c.Group))).Distinct()
            .OrderBy(g => g.Breakdown, StringComparer.Ordinal).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        var cells = new List<DisclosureCell>();
        var coordinates = new List<int[]>();
        for (var a = 0; a < areas.Length; a++)
        {
            foreach (var cell in areas[a].Cells)
            {
                var estimate = areas[a].Measures[cell.Id].Estimate;
                // Person-years go to the gate (and out) as whole years, not as the engine's days.
                cells.Add(new DisclosureCell(cell.Id, cell.Numerator, definition.PublishedDenominator(cell.Denominator), estimate.Value, estimate.Lower, estimate.Upper));
                coordinates.Add([a, groupIndex[(cell.Breakdown, cell.Group)]]);
            }
        }

        var areaClasses = areas.Select(a => a.Area.AreaType).Distinct().ToList();
        var breakdownClasses = groups.Select(g => g.Breakdown).Distinct().ToList();
        var table = new LinkedDisclosureTable(
            $"{definition.Id} {period.Label}", cells, coordinates, [areaAtoms.Dimension([.. areas.Select(a => a.Area)]), GroupAtoms.Dimension(groups)],
            [[.. areas.Select(a => areaClasses.IndexOf(a.Area.AreaType))], [.. groups.Select(g => breakdownClasses.IndexOf(g.Breakdown))]]);
        var (published, unprotected) = gate.ApplyLinked(table);
        Interlocked.Add(ref _unprotected, unprotected);
        var result = new PublishedTable[areas.Length];
        var offset = 0;
        for (var a = 0; a < areas.Length; a++)
        {
            var area = areas[a].Area;
            result[a] = new PublishedTable($"{definition.Id} {period.Label} {area.AreaType} {area.AreaCode}", published[offset..(offset + areas[a].Cells.Count)], gate.Policy);
            offset += areas[a].Cells.Count;
        }

        return result;
    }

    private (List<IndicatorRow> Rows, InequalityRow Summary) BuildArea(
        IndicatorDefinition definition, ReportingPeriod period, AreaCells prepared, PublishedTable published, InequalityRow? before)
    {
        var (area, cells, measures) = prepared;
        var rows = new List<IndicatorRow>(cells.Count);
        var areaName = areaNames.GetValueOrDefault(area.AreaCode, "");
        var statistic = MeasureCalculator.Statistic(definition);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var cellPublished = published.Cells[i];
            rows.Add(new IndicatorRow(
                definition.Id, period.Start, period.End, period.Label, area.AreaType, area.AreaCode,
                areaName, cell.Breakdown, GroupLabel(definition, cell.Breakdown, cell.Group),
                cellPublished, statistic, measures[cell.Id].Estimate.Method ?? "",
                NoValueReasons.Of(definition, cell.Breakdown, cellPublished, cell.Denominator)));
        }

        var summary = InequalityCalculator.Summarise(definition, period, area, published, measures);
        return (rows, summary with { Trend = InequalityCalculator.Trend(before, summary) });
    }

    /// <summary>One area's cells (sorted by breakdown, then group) and their measures.</summary>
    private sealed record AreaCells((string AreaType, string AreaCode) Area, IReadOnlyList<Cell> Cells, Dictionary<string, (Estimate Estimate, GroupRate? Rate)> Measures);

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
