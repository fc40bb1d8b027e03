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
/// <param name="areaAtoms">What the store's areas are made of, for linking them (none: each area stands alone in its level).</param>
internal sealed class IndicatorReportBuilder(DisclosureGate gate, IReadOnlyList<int> espWeights, IReadOnlyDictionary<string, string> areaNames, AreaAtoms? areaAtoms = null)
{
    private readonly AreaAtoms _areaAtoms = areaAtoms ?? AreaAtoms.None;

    /// <summary>
    /// Published rows and summaries of every period of one indicator (single years and the pools made of
    /// them), gated together: a pool is the sum of its years, so a count hidden in one year must not come
    /// back as the pool minus the others. Areas are prepared and summarised in parallel.
    /// </summary>
    public IReadOnlyList<(IndicatorCounts Counts, IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities)> Build(IReadOnlyList<IndicatorCounts> periods)
    {
        var prepared = new AreaCells[periods.Count][];
        for (var p = 0; p < periods.Count; p++)
        {
            var definition = periods[p].Definition;
            var areas = RunGrouping.Group(periods[p].Strata, s => (s.AreaType, s.AreaCode))
                .OrderBy(g => g.Key.AreaType, StringComparer.Ordinal).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ToList();
            var ready = prepared[p] = new AreaCells[areas.Count];
            Parallel.For(0, areas.Count, i => ready[i] = Prepare(definition, areas[i].Key, areas[i].Items));
        }

        var published = Gate(periods, prepared);
        var result = new List<(IndicatorCounts, IReadOnlyList<IndicatorRow>, IReadOnlyList<InequalityRow>)>(periods.Count);
        for (var p = 0; p < periods.Count; p++)
        {
            var (counts, areas, tables) = (periods[p], prepared[p], published[p]);
            var built = new (List<IndicatorRow> Rows, InequalityRow Summary)[areas.Length];
            Parallel.For(0, areas.Length, i => built[i] = BuildArea(counts.Definition, counts.Period, areas[i], tables[i]));
            result.Add((counts, [.. built.SelectMany(b => b.Rows)], [.. built.Select(b => b.Summary)]));
        }

        return result;
    }

    /// <summary>Published rows and summaries of one period on its own (an indicator reported for one period).</summary>
    public (IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities) Build(IndicatorCounts counts)
    {
        var (_, rows, inequalities) = Build([counts])[0];
        return (rows, inequalities);
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

    // One linked table of every period's and area's cells (areas × groups × periods); each area's
    // published cells come back as its own table.
    private PublishedTable[][] Gate(IReadOnlyList<IndicatorCounts> periods, AreaCells[][] prepared)
    {
        var definition = periods[0].Definition;
        var all = prepared.SelectMany(p => p).ToList();
        var areaList = all.Select(a => a.Area).Distinct().Order().ToList();
        var areaIndex = areaList.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var groups = all.SelectMany(a => a.Cells.Select(c => (c.Breakdown, c.Group))).Distinct()
            .OrderBy(g => g.Breakdown, StringComparer.Ordinal).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        var cells = new List<DisclosureCell>();
        var coordinates = new List<int[]>();
        for (var p = 0; p < periods.Count; p++)
        {
            foreach (var area in prepared[p])
            {
                foreach (var cell in area.Cells)
                {
                    var estimate = area.Measures[cell.Id].Estimate;
                    // Person-years go to the gate (and out) as whole years, not as the engine's days.
                    cells.Add(new DisclosureCell(cell.Id, cell.Numerator, definition.PublishedDenominator(cell.Denominator), estimate.Value, estimate.Lower, estimate.Upper));
                    coordinates.Add([areaIndex[area.Area], groupIndex[(cell.Breakdown, cell.Group)], p]);
                }
            }
        }

        var areaClasses = areaList.Select(a => a.AreaType).Distinct().ToList();
        var breakdownClasses = groups.Select(g => g.Breakdown).Distinct().ToList();
        var name = $"{definition.Id} {string.Join(", ", periods.Select(p => p.Period.Label))}";
        var table = new LinkedDisclosureTable(
            name, cells, coordinates, [_areaAtoms.Dimension(areaList), GroupAtoms.Dimension(groups), PeriodDimension(periods)],
            [[.. areaList.Select(a => areaClasses.IndexOf(a.AreaType))], [.. groups.Select(g => breakdownClasses.IndexOf(g.Breakdown))], new int[periods.Count]]);
        var (published, _) = gate.ApplyLinked(table);
        var result = new PublishedTable[periods.Count][];
        var offset = 0;
        for (var p = 0; p < periods.Count; p++)
        {
            result[p] = new PublishedTable[prepared[p].Length];
            for (var a = 0; a < prepared[p].Length; a++)
            {
                var (area, count) = (prepared[p][a].Area, prepared[p][a].Cells.Count);
                result[p][a] = new PublishedTable($"{definition.Id} {periods[p].Period.Label} {area.AreaType} {area.AreaCode}", published[offset..(offset + count)], gate.Policy);
                offset += count;
            }
        }

        return result;
    }

    // Periods as sums of single years: a year is its own atom, a pool the atoms of its years. Years
    // have no published total, so they share none.
    private static SumDimension PeriodDimension(IReadOnlyList<IndicatorCounts> periods)
    {
        var years = periods.SelectMany(p => p.Period.Parts).Select(y => (y.Start, y.End)).Distinct().Order().ToList();
        var nodes = periods.Select(p => (0, p.Period.Parts.Select(y => years.IndexOf((y.Start, y.End))).ToArray())).ToList();
        return new SumDimension(nodes, new int[years.Count], sharedTotal: false);
    }

    private (List<IndicatorRow> Rows, InequalityRow Summary) BuildArea(
        IndicatorDefinition definition, ReportingPeriod period, AreaCells prepared, PublishedTable published)
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

        return (rows, InequalityCalculator.Summarise(definition, period, area, published, measures));
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
