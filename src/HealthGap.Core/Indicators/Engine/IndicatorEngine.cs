using DuckDB.NET.Data;
using HealthGap.Core.Indicators.Codelists;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Runs compiled queries against a store (see docs/data-model.md) and returns their sufficient
/// statistics. It loads the code lists a query needs into the temporary table <c>hg_codelist</c>;
/// it never writes to the store and never computes a rate.
/// </summary>
/// <param name="connection">An open connection to the store (read-only is fine).</param>
/// <param name="codelists">The code-list library.</param>
public sealed class IndicatorEngine(DuckDBConnection connection, CodelistLibrary codelists)
{
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    /// <summary>Runs a compiled query and returns each member indicator's counts, in member order.</summary>
    public IReadOnlyList<IndicatorCounts> Run(CompiledQuery compiled)
    {
        var all = new List<IndicatorCounts>();
        Run(compiled, all.Add);
        return all;
    }

    /// <summary>
    /// Runs a compiled query and hands each member indicator's counts to <paramref name="each"/> in
    /// member order, one at a time, so only one indicator's strata are in memory at once.
    /// </summary>
    public void Run(CompiledQuery compiled, Action<IndicatorCounts> each)
    {
        foreach (var counts in Query(compiled))
        {
            each(counts);
        }
    }

    /// <summary>
    /// Runs a compiled query and rolls its profiles up to every area now, and returns its members'
    /// counts, each taken from the roll-up only when enumerated. Once this returns the connection is
    /// free: the report runs the next query while it builds this one's indicators.
    /// </summary>
    public IEnumerable<IndicatorCounts> Query(CompiledQuery compiled)
    {
        var rollup = Read(compiled);
        rollup.RollUpNow();
        return compiled.Members.Select((member, i) => new IndicatorCounts(
            member.Definition, compiled.Period, rollup.Strata(i, member.Breakdowns.ToHashSet(StringComparer.Ordinal)))
        {
            AdjustmentStrata = member.AdjustmentBreakdowns.Count == 0 ? [] : rollup.Strata(i, member.AdjustmentBreakdowns.ToHashSet(StringComparer.Ordinal)),
        });
    }

    private StrataRollup Read(CompiledQuery compiled)
    {
        LoadCodelists(compiled.Codelists);
        using var command = connection.CreateCommand();
        command.CommandText = compiled.Sql;
        command.UseStreamingMode = true;
        foreach (var (name, value) in compiled.Parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        var (areaTypes, breakdowns) = (compiled.AreaTypes, compiled.Breakdowns);
        var rollup = new StrataRollup(areaTypes, breakdowns, compiled.Members.Count * 2);
        var areas = new string[areaTypes.Count];
        var groups = new string[breakdowns.Count];
        var counts = new long[compiled.Members.Count * 2];
        using var reader = command.ExecuteReader();
        var first = areas.Length + groups.Length + 2;
        while (reader.Read())
        {
            for (var i = 0; i < areas.Length; i++)
            {
                areas[i] = reader.GetString(i);
            }

            for (var i = 0; i < groups.Length; i++)
            {
                groups[i] = reader.GetString(areas.Length + i);
            }

            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = reader.GetInt64(first + i);
            }

            var ageBand = Convert.ToInt32(reader.GetValue(first - 2), System.Globalization.CultureInfo.InvariantCulture);
            rollup.Add(areas, groups, ageBand, reader.GetString(first - 1), counts);
        }

        return rollup;
    }

    private void LoadCodelists(IEnumerable<string> names)
    {
        var missing = names.Where(n => !_loaded.Contains(n)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TEMP TABLE IF NOT EXISTS hg_codelist (list VARCHAR, code VARCHAR)";
            create.ExecuteNonQuery();
        }

        foreach (var name in missing)
        {
            using var insert = connection.CreateCommand();
            var codes = codelists.Codes(name);
            insert.CommandText = "INSERT INTO hg_codelist SELECT $list, unnest(string_split($codes, '|'))";
            insert.Parameters.Add(new DuckDBParameter("list", name));
            insert.Parameters.Add(new DuckDBParameter("codes", string.Join('|', codes)));
            insert.ExecuteNonQuery();
            _loaded.Add(name);
        }
    }
}
