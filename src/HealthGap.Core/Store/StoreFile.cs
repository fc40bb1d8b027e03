using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// Opens the DuckDB store file for the commands that read or write it, and turns every way that can
/// fail into a <see cref="StoreException"/> naming the file and what to do: it is missing, it is a
/// folder, it is not a DuckDB database (random bytes, a CSV, an empty file), it is a database without
/// the store's tables, or another process (an ingest) holds it. It does not run queries.
/// </summary>
internal static class StoreFile
{
    /// <summary>The tables every HealthGap store has (docs/data-model.md).</summary>
    public static readonly IReadOnlyList<string> CoreTables = ["person", "event"];

    /// <summary>Opens an existing store read-only and checks it has <paramref name="tables"/>.</summary>
    public static DuckDBConnection OpenReadOnly(string path, IReadOnlyList<string> tables)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"'{path}' is a folder, not a store. Pass --store with the store's .duckdb file (healthgap ingest writes healthgap-data/healthgap.duckdb by default).");
        }

        if (!File.Exists(path))
        {
            throw new StoreException($"no store at '{path}'. Create one with 'healthgap ingest DIR --store {path}' or pass --store with the path of a HealthGap store.");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new StoreException($"'{path}' is an empty file, not a HealthGap store. Pass --store with the store 'healthgap ingest' wrote, or delete the file and ingest again.");
        }

        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            var missing = tables.Where(t => !HasTable(connection, t)).ToList();
            if (missing.Count > 0)
            {
                throw new StoreException($"'{path}' is a DuckDB database but not a HealthGap store (it has no {string.Join(", ", missing)} table). Pass --store with the store 'healthgap ingest' wrote.");
            }

            return connection;
        }
        catch (Exception ex) when (ex is DuckDBException or StoreException)
        {
            connection.Dispose();
            throw ex as StoreException ?? Explain(path, (DuckDBException)ex);
        }
    }

    /// <summary>Checks a store can be opened for writing: not a folder, and (if it exists) a DuckDB database no other process holds.</summary>
    public static void CheckWritable(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"'{path}' is a folder, not a store file. Pass --store with a file name, e.g. {Path.Combine(path, "healthgap.duckdb")}.");
        }

        if (File.Exists(path))
        {
            using var existing = OpenReadOnly(path, []);
        }
    }

    /// <summary>What a DuckDB failure to open <paramref name="path"/> means for the user.</summary>
    public static StoreException Explain(string path, DuckDBException error)
    {
        var message = error.Message;
        if (message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreException(
                $"the store '{path}' is in use by another process (an ingest still writing to it?). Wait for it to finish and run the command again. ({FirstLine(message)})", error);
        }

        return new StoreException(
            $"'{path}' is not a HealthGap store: DuckDB cannot read it as a database ({FirstLine(message)}). Pass --store with the store 'healthgap ingest' wrote, or ingest again into a new file.", error);
    }

    private static bool HasTable(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = $name";
        command.Parameters.Add(new DuckDBParameter("name", table));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
