using DuckDB.NET.Data;
using HealthGap.Core.Indicators.Codelists;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Runs compiled indicators against a store (see docs/data-model.md) and returns their sufficient
/// statistics. It loads the code lists a query needs into the temporary table <c>hg_codelist</c>;
/// it never writes to the store and never computes a rate.
/// </summary>
/// <param name="connection">An open connection to the store (read-only is fine).</param>
/// <param name="codelists">The code-list library.</param>
public sealed class IndicatorEngine(DuckDBConnection connection, CodelistLibrary codelists)
{
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    /// <summary>Runs one compiled indicator.</summary>
    public IndicatorCounts Run(CompiledIndicator compiled)
    {
        LoadCodelists(compiled.Codelists);
        using var command = connection.CreateCommand();
        command.CommandText = compiled.Sql;
        foreach (var (name, value) in compiled.Parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        var strata = new List<StratumCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            strata.Add(new StratumCount(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(5),
                reader.GetInt64(6),
                reader.GetInt64(7)));
        }

        return new IndicatorCounts(compiled.Definition, compiled.Period, strata);
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
