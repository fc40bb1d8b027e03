using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Runs a set of indicators against a store for their periods and returns published rows: engine
/// (sufficient statistics) → statistics → disclosure gate → inequality summary. Outputs are the
/// caller's job (the CLI writes CSV, JSON and Parquet; the web app serves them).
/// </summary>
/// <param name="connection">Open connection to the store.</param>
/// <param name="codelists">Code lists.</param>
/// <param name="gate">The disclosure gate.</param>
/// <param name="espWeights">ESP2013 weights, 19 bands.</param>
internal sealed class IndicatorReport(DuckDBConnection connection, CodelistLibrary codelists, DisclosureGate gate, IReadOnlyList<int> espWeights)
{
    // Indicators per engine query: more share the pass over people; fewer bound the memory of the roll-up.
    // 16 on the 0.1 store: 10% less CPU than 8 for 0.1 GB more peak; 32 gained nothing (healthgap bench report).
    private const int BatchSize = 16;

    /// <summary>Everything one report run produces.</summary>
    /// <param name="Rows">Published indicator rows.</param>
    /// <param name="Inequalities">Published inequality summaries.</param>
    /// <param name="Links">Area nesting among the areas reported (public geography; areas.csv), for the disclosure audit.</param>
    /// <param name="Timings">Where the run spent its time (null for a result not made by <see cref="Run"/>).</param>
    public sealed record Result(IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities, IReadOnlyList<AreaLink>? Links = null, ReportTimings? Timings = null)
    {
        /// <summary>Groups compared after adjustment for deprivation, age and sex (adjusted.*), for the indicators that declare it.</summary>
        public IReadOnlyList<AdjustedRow> Adjusted { get; init; } = [];
    }

    /// <summary>The last date with data in the store (events or tumours), or null when it holds none.</summary>
    public DateOnly? LastDataDate() => DataDate("SELECT greatest((SELECT max(event_date) FROM event), (SELECT max(diagnosis_date) FROM cancer))");

    /// <summary>
    /// True when any batch in the store was loaded from synthetic extracts (synth's <c>truth.json</c> beside
    /// them, recorded by the ingest): every figure of the report is then about invented people.
    /// </summary>
    public bool HasSyntheticData()
    {
        // A store made without the ingest (a test or benchmark store) has no provenance to read.
        if (!StoreColumns.Exist(connection, "ingest_file", "feed"))
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ingest_file WHERE feed = 'synthetic_truth'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>
    /// The first date from which every source in the store has data (the latest of each event source's first
    /// date and the first tumour's), or null when it holds none. GP records carry diagnoses from years before
    /// the extracts begin, so the earliest event alone would count years in which A&amp;E, admissions or deaths
    /// have no data yet as covered, and a pool over them would be too low.
    /// </summary>
    public DateOnly? FirstDataDate() => DataDate(
        "SELECT greatest((SELECT max(first) FROM (SELECT min(event_date) AS first FROM event GROUP BY source)), (SELECT min(diagnosis_date) FROM cancer))");

    private DateOnly? DataDate(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => null,
        };
    }

    /// <summary>
    /// Runs each indicator for its periods (given label, else the latest <paramref name="periodCount"/>
    /// complete ones) and, for a definition that pools years, the pool ending at each of them that the
    /// data covers (<see cref="PeriodPlan"/>; its counts are its years' summed, <see cref="PoolAssembler"/>),
    /// oldest period first: one engine query per single period, age-band scheme and up to sixteen
    /// indicators; then, once an indicator's last period is counted, statistics, the gate (all its periods
    /// linked) and the inequality summary; last, the trends across all periods (<see cref="InequalityTrends"/>).
    /// </summary>
    /// <param name="definitions">The indicators.</param>
    /// <param name="areaTypes">Area types (default all).</param>
    /// <param name="periodLabel">One period for every indicator, or null for each one's latest.</param>
    /// <param name="periodCount">How many latest periods when no label is given.</param>
    /// <param name="progress">Told what is being done, and how many of how many steps are done.</param>
    public Result Run(
        IReadOnlyList<IndicatorDefinition> definitions,
        IReadOnlyList<string>? areaTypes,
        string? periodLabel,
        int periodCount,
        Action<string, int, int>? progress = null)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var lastDate = LastDataDate() ?? throw new ReportRequestException("the store has no events and no tumours: run 'healthgap ingest' first.");
        var span = new DataSpan(FirstDataDate() ?? lastDate, lastDate);
        var plans = definitions.ToDictionary(d => d, d => PeriodPlan.For(
            d, periodLabel is null ? ReportingPeriod.Latest(d.Period, lastDate, periodCount) : [span.Check(ResolvePeriod(d, periodLabel), periodLabel)], span));
        var work = plans.Values.SelectMany(p => p.Queried.Select(q => (p.Definition, Period: q))).OrderBy(w => w.Period.Start).ThenBy(w => w.Period.End).ToList();
        var steps = plans.Values.Sum(p => p.Published.Count + p.Pools.Count);
        var pooling = new PoolAssembler(plans.Values);
        var batches = IndicatorCompiler.Batches(work, BatchSize);
        var engine = new IndicatorEngine(connection, codelists);
        var compiler = new IndicatorCompiler();
        var builder = new IndicatorReportBuilder(gate, espWeights, AreaNames(), AreaAtoms.Load(connection));
        var order = definitions.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var built = new List<(int Order, bool Pooled, DateOnly Start, IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities, IReadOnlyList<AdjustedRow> Adjusted)>();
        var done = 0;
        long engineTicks = 0;
        var statistics = new System.Diagnostics.Stopwatch();

        // An indicator's published periods (single years and pools) are gated together, since a pool is the
        // sum of its years: each waits here until the indicator's last one arrives.
        var waiting = definitions.ToDictionary(d => d, _ => new List<IndicatorCounts>());
        var expected = plans.ToDictionary(p => p.Key, p => p.Value.Published.Count + p.Value.Pools.Count);
        // A complete indicator is built on the thread pool, beside the next query and other indicators.
        var building = new List<Task>();
        long statisticsTicks = 0;
        void Arrive(IndicatorCounts counts)
        {
            progress?.Invoke($"{counts.Definition.Id} {counts.Period.Label}", done++, steps);
            var periods = waiting[counts.Definition];
            periods.Add(counts);
            if (periods.Count < expected[counts.Definition])
            {
                return;
            }

            var ready = periods.ToList();
            periods.Clear();
            building.Add(Task.Run(() =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                foreach (var (period, rows, inequalities) in builder.Build(ready))
                {
                    var marked = period.Period.IsPooled ? [.. rows.Select(r => r with { PooledYears = period.Period.Parts.Count })] : rows;
                    var adjusted = AdjustedComparison.Build(period, marked);
                    lock (built)
                    {
                        built.Add((order[period.Definition], period.Period.IsPooled, period.Period.Start, marked, inequalities, adjusted));
                    }
                }

                Interlocked.Add(ref statisticsTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            }));
        }

        // The next batch's query (DuckDB, on a thread of its own) runs while this batch's indicators
        // are built; only that thread uses the connection until the report is done.
        Task<IEnumerable<IndicatorCounts>> Query(int i) => Task.Factory.StartNew(
            () =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var counts = engine.Query(compiler.Compile(batches[i].Definitions, batches[i].Period, areaTypes));
                Interlocked.Add(ref engineTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
                return counts;
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var pending = batches.Count > 0 ? Query(0) : null;
        try
        {
            for (var i = 0; i < batches.Count; i++)
            {
                var current = pending!.GetAwaiter().GetResult();
                pending = i + 1 < batches.Count ? Query(i + 1) : null;
                foreach (var counts in current)
                {
                    if (plans[counts.Definition].Published.Contains(counts.Period))
                    {
                        Arrive(counts);
                    }

                    foreach (var pooled in pooling.Add(counts))
                    {
                        Arrive(pooled);
                    }
                }
            }

            foreach (var task in building)
            {
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Every build finishes (its exception is the one to report) and no query is left running on a
            // connection the caller is about to close.
            try
            {
                pending?.Wait();
                Task.WaitAll([.. building]);
            }
            catch (AggregateException)
            {
                // The build's own exception is the one to report.
            }
        }

        // Each indicator's single periods as before, then its pools.
        var ordered = built.OrderBy(b => b.Order).ThenBy(b => b.Pooled).ThenBy(b => b.Start).ToList();
        var published = ordered.SelectMany(b => b.Rows).ToList();
        var reported = published.Select(r => (r.AreaType, r.AreaCode)).ToHashSet();
        var links = AreaHierarchy.Load(connection).Links.Where(l => reported.Contains((l.ChildType, l.ChildCode)) && reported.Contains((l.ParentType, l.ParentCode))).Distinct()
            .OrderBy(l => l.ChildType, StringComparer.Ordinal).ThenBy(l => l.ChildCode, StringComparer.Ordinal)
            .ThenBy(l => l.ParentType, StringComparer.Ordinal).ThenBy(l => l.ParentCode, StringComparer.Ordinal).ToList();
        // Trends need every period's summary: one pass over them all once the periods are built.
        statistics.Start();
        var summaries = InequalityTrends.Apply(definitions, published, [.. ordered.SelectMany(b => b.Inequalities)]);
        statistics.Stop();
        var timings = new ReportTimings(System.Diagnostics.Stopwatch.GetElapsedTime(0, engineTicks), statistics.Elapsed + System.Diagnostics.Stopwatch.GetElapsedTime(0, statisticsTicks), wall.Elapsed);
        return new Result(published, summaries, links, timings) { Adjusted = [.. ordered.SelectMany(b => b.Adjusted)] };
    }

    /// <summary>
    /// The named period when it fits the indicator (2024-25 for a financial-year indicator); otherwise the
    /// indicator's latest complete period ending within the named one (calendar year 2024 for 2024-25),
    /// or for pooled years, as many of its own years ending there (2022 to 2024 for 2022-23 to 2024-25).
    /// </summary>
    public static ReportingPeriod ResolvePeriod(IndicatorDefinition definition, string label)
    {
        if (ReportingPeriod.Parse(definition.Period, label) is { } exact)
        {
            return exact;
        }

        var named = Enum.GetValues<PeriodKind>().Select(k => ReportingPeriod.Parse(new PeriodSpec(k, null), label)).FirstOrDefault(p => p is not null)
            ?? throw new ReportRequestException($"'{label}' is not a period. Use a financial year (2024-25), calendar year (2024), quarter (2024-25 Q1), month (2024-05) or years pooled (2022-23 to 2024-25).");
        var last = ReportingPeriod.Latest(definition.Period, named.End, 1)[0];
        if (!named.IsPooled)
        {
            return last;
        }

        // Years pooled by another kind of year (2022-23 to 2024-25 for a calendar-year indicator): the same number of its own years.
        return ReportingPeriod.Between(definition.Period, ReportingPeriod.Latest(definition.Period, named.Parts[0].End, 1)[0], last)
            ?? throw new ReportRequestException($"'{label}' pools years, but {definition.Id} is reported by {definition.Period.Kind}: name one of its periods instead.");
    }

    /// <summary>
    /// Area code → name from the store's reference tables. A store without a reference table or column
    /// still reports, with empty names for those areas; any other failure reading them is raised.
    /// </summary>
    public IReadOnlyDictionary<string, string> AreaNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Table, string Code, string Name)[] sources =
        [
            ("ref_lsoa", "icb22cdh", "icb22nm"), ("ref_lsoa", "sicbl22cdh", "sicbl22nm"), ("ref_lsoa", "lad22cd", "lad22nm"),
            ("ref_practice", "practice_code", "practice_name"), ("ref_practice", "pcn_code", "pcn_name"),
        ];
        foreach (var (table, code, name) in sources.Where(s => StoreColumns.Exist(connection, s.Table, s.Code, s.Name)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT DISTINCT {code}, {name} FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0) && !reader.IsDBNull(1))
                {
                    names.TryAdd(reader.GetString(0), reader.GetString(1));
                }
            }
        }

        return names;
    }
}
