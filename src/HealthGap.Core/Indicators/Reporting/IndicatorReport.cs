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
public sealed class IndicatorReport(DuckDBConnection connection, CodelistLibrary codelists, DisclosureGate gate, IReadOnlyList<int> espWeights)
{
    /// <summary>Everything one report run produces.</summary>
    public sealed record Result(IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<InequalityRow> Inequalities);

    /// <summary>The last date with data in the store (events or tumours), or null when it holds none.</summary>
    public DateOnly? LastDataDate()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT greatest((SELECT max(event_date) FROM event), (SELECT max(diagnosis_date) FROM cancer))";
        return command.ExecuteScalar() switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => null,
        };
    }

    /// <summary>Runs each indicator for its periods (given label, else the latest <paramref name="periodCount"/> complete ones).</summary>
    public Result Run(
        IReadOnlyList<IndicatorDefinition> definitions,
        IReadOnlyList<string>? areaTypes,
        string? periodLabel,
        int periodCount,
        Action<IndicatorDefinition, int>? progress = null)
    {
        var lastDate = LastDataDate() ?? throw new InvalidOperationException("the store has no events and no tumours: run 'healthgap ingest' first.");
        var engine = new IndicatorEngine(connection, codelists);
        var compiler = new IndicatorCompiler();
        var builder = new IndicatorReportBuilder(gate, espWeights, AreaNames());
        var rows = new List<IndicatorRow>();
        var inequalities = new List<InequalityRow>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            progress?.Invoke(definition, i);
            var periods = periodLabel is null
                ? ReportingPeriod.Latest(definition.Period, lastDate, periodCount)
                : [ReportingPeriod.Parse(definition.Period, periodLabel) ?? throw new ArgumentException(
                    $"period '{periodLabel}' does not fit indicator {definition.Id}, which is reported by {definition.Period.Kind} (e.g. 2024-25, 2024, 2024-25 Q1, 2024-05).")];
            var counts = periods.Select(p => engine.Run(compiler.Compile(definition, p, areaTypes))).ToList();
            var (r, q) = builder.Build(counts);
            rows.AddRange(r);
            inequalities.AddRange(q);
        }

        return new Result(rows, inequalities);
    }

    /// <summary>Area code → name from the store's reference tables (empty when the store has none).</summary>
    public IReadOnlyDictionary<string, string> AreaNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] queries =
        [
            "SELECT DISTINCT icb22cdh, icb22nm FROM ref_lsoa", "SELECT DISTINCT sicbl22cdh, sicbl22nm FROM ref_lsoa",
            "SELECT DISTINCT lad22cd, lad22nm FROM ref_lsoa", "SELECT DISTINCT practice_code, practice_name FROM ref_practice",
            "SELECT DISTINCT pcn_code, pcn_name FROM ref_practice",
        ];
        foreach (var query in queries)
        {
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = query;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (!reader.IsDBNull(0) && !reader.IsDBNull(1))
                    {
                        names.TryAdd(reader.GetString(0), reader.GetString(1));
                    }
                }
            }
            catch (DuckDBException)
            {
                // A store without reference tables still reports, with empty area names.
            }
        }

        return names;
    }
}
