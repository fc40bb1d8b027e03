using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Results;

/// <summary>
/// Everything one run of <c>healthgap report</c> published, indexed for the pages and the API.
/// Immutable; a new set replaces it when the files change. It answers look-ups only: it never
/// computes a published figure (those come gated from the report). Every look-up a page makes is a
/// dictionary hit on an index built once here, because a page is served far more often than a
/// report is written.
/// </summary>
internal sealed partial class ResultSet
{
    private static long _lastVersion;

    private readonly Dictionary<string, CatalogueEntry> _definitions;
    private readonly Dictionary<string, AreaRef> _areas;
    private readonly ResultIndex _index;

    public ResultSet(
        string directory,
        IReadOnlyList<IndicatorValue> values,
        IReadOnlyList<InequalitySummary> inequalities,
        IReadOnlyList<CatalogueEntry> catalogue,
        ReportPolicy policy,
        ReportSource dataSource)
    {
        Version = Interlocked.Increment(ref _lastVersion);
        Directory = directory;
        Values = values;
        Inequalities = inequalities;
        Policy = policy;
        DataSource = dataSource;
        _definitions = catalogue.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var firstById = values.DistinctBy(v => v.IndicatorId).ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        foreach (var (id, first) in firstById.Where(f => !_definitions.ContainsKey(f.Key)))
        {
            // An indicator without a catalogue entry is still shown, with its id as the title.
            _definitions[id] = new CatalogueEntry(id, id, "", "", "", GuessMeasure(first.Statistic), 1, Polarity.Context, null, null);
        }

        Indicators = _definitions.Values.Where(d => firstById.ContainsKey(d.Id)).ToArray();
        Periods = values.Select(v => v.Period).Distinct().Order(ResultPeriods.Chronological).ToArray();
        Areas = values.DistinctBy(v => (v.AreaType, v.AreaCode)).Select(v => new AreaRef(v.AreaType, v.AreaCode, v.AreaName))
            .OrderBy(a => AreaTypeOrder(a.Type)).ThenBy(a => a.Name, StringComparer.Ordinal).ToArray();
        _areas = Areas.DistinctBy(a => a.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        Icb = Areas.FirstOrDefault(a => a.Type == "icb");
        _index = new ResultIndex(values, inequalities, Periods, Areas);
    }

    /// <summary>Different for every set read in this process, so caches of rendered pages and charts can key on it.</summary>
    public long Version { get; }

    public string Directory { get; }

    public IReadOnlyList<IndicatorValue> Values { get; }

    public IReadOnlyList<InequalitySummary> Inequalities { get; }

    public ReportPolicy Policy { get; }

    /// <summary>What the figures were computed from; pages, downloads and API answers all say it.</summary>
    public ReportSource DataSource { get; }

    /// <summary>True when the folder holds the shipped SAMPLE figures, which every page then labels.</summary>
    public bool IsSample => DataSource == ReportSource.Sample;

    /// <summary>True when the figures come from synthetic extracts (invented people), which every page then labels.</summary>
    public bool IsSynthetic => DataSource == ReportSource.Synthetic;

    /// <summary>The data source as written in downloads and API answers: <c>sample</c>, <c>synthetic</c>, <c>extracts</c> or <c>unknown</c>.</summary>
    public string DataSourceName => DataSource.ToString().ToLowerInvariant();

    /// <summary>Indicators with results, in catalogue order.</summary>
    public IReadOnlyList<CatalogueEntry> Indicators { get; }

    /// <summary>Periods with results, oldest first.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>Every area with results: the ICB, then places, then PCNs.</summary>
    public IReadOnlyList<AreaRef> Areas { get; }

    /// <summary>The ICB the results are for, if the report has an ICB-level row.</summary>
    public AreaRef? Icb { get; }

    public ReportingPeriod? LatestPeriod => Periods.Count == 0 ? null : Periods[^1];

    public bool IsEmpty => Values.Count == 0;

    public IEnumerable<AreaRef> Places => Areas.Where(a => a.Type == "place");

    public static ResultSet Empty(string directory) =>
        new(directory, [], [], [], new ReportPolicy("none", "none", null), ReportSource.Unknown);

    public CatalogueEntry? Definition(string id) => _definitions.GetValueOrDefault(id);

    public AreaRef? Area(string code) => _areas.GetValueOrDefault(code);

    public ReportingPeriod? Period(string? key) =>
        string.IsNullOrEmpty(key) ? LatestPeriod : Periods.FirstOrDefault(p => p.Matches(key));

    // An indicator without a catalogue entry: its statistic ("proportion of 100", "dsr per 100000") says what it measures.
    private static MeasureType GuessMeasure(string statistic) =>
        statistic.StartsWith("proportion", StringComparison.OrdinalIgnoreCase) ? MeasureType.Proportion
        : statistic.StartsWith("dsr", StringComparison.OrdinalIgnoreCase) ? MeasureType.DirectlyStandardisedRate
        : statistic.StartsWith("isr", StringComparison.OrdinalIgnoreCase) ? MeasureType.IndirectlyStandardisedRatio
        : statistic.StartsWith("life", StringComparison.OrdinalIgnoreCase) ? MeasureType.LifeExpectancy
        : MeasureType.CrudeRate;

    private static int AreaTypeOrder(string type) => type switch
    {
        "icb" => 0,
        "place" => 1,
        "pcn" => 2,
        _ => 3,
    };
}
