using DuckDB.NET.Data;

namespace HealthGap.Cli.Bench;

/// <summary>
/// A seeded benchmark store generated in SQL: one person per open pathway, half with a completed
/// pathway too, log-normal waits by treatment function and priority. Only the <c>person</c> and
/// <c>waiting_list</c> columns the analysis reads are created; the data are random, not realistic.
/// </summary>
internal static class WaitingListBenchmarkStore
{
    public static readonly DateOnly Snapshot = new(2025, 3, 31);

    public static void Create(string path, int openPathways)
    {
        foreach (var file in new[] { path, path + ".wal" })
        {
            File.Delete(file);
        }

        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT setseed(0.2025);
            CREATE TABLE person AS
            SELECT i AS person_id,
                   CAST(DATE '1935-01-01' + to_months(CAST(floor(random() * 1080) AS INTEGER)) AS DATE) AS birth_month,
                   CASE WHEN r1 < 0.55 THEN 'F' WHEN r1 < 0.99 THEN 'M' ELSE 'U' END AS sex,
                   CASE WHEN r2 < 0.72 THEN 'White' WHEN r2 < 0.83 THEN 'Asian' WHEN r2 < 0.88 THEN 'Black' WHEN r2 < 0.91 THEN 'Mixed'
                        WHEN r2 < 0.94 THEN 'Other' WHEN r2 < 0.97 THEN 'Not stated' ELSE NULL END AS ethnic_group,
                   CAST(decile AS TINYINT) AS imd_decile, CAST((decile + 1) // 2 AS TINYINT) AS imd_quintile, decile <= 2 AS core20,
                   random() < 0.03 AS learning_disability, random() < 0.03 AS smi,
                   random() < 0.04 AS interpreter_needed, random() < 0.07 AS english_not_main_language
            FROM (SELECT range AS i, random() AS r1, random() AS r2,
                         CASE WHEN random() < 0.04 THEN NULL ELSE 1 + CAST(floor(random() * 10) AS INTEGER) END AS decile
                  FROM range({openPathways}));
            CREATE TABLE waiting_list AS
            WITH drawn AS (
              SELECT person_id, k,
                     ['110','130','100','120','101','502','320','330'][1 + CAST(floor(random() * 8) AS INTEGER)] AS treatment_function_code,
                     CASE WHEN random() < 0.8 THEN 'routine' WHEN random() < 0.75 THEN 'urgent' ELSE 'two_week_wait' END AS priority,
                     sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z,
                     CAST(floor(random() * 365) AS INTEGER) AS stop_back
              FROM person, range(2) t(k)
              WHERE k = 0 OR random() < 0.5)
            SELECT person_id, 'wl:' || person_id || ':' || k AS pathway_key,
                   CAST(stop - CAST(exp(ln(70 * CASE priority WHEN 'routine' THEN 1 WHEN 'urgent' THEN 0.5 ELSE 0.15 END) + 0.6 * z) AS INTEGER) AS DATE) AS referral_date,
                   treatment_function_code, priority, 'IRTT' AS waiting_list_type,
                   CASE WHEN k = 0 THEN NULL ELSE stop END AS clock_stop_date, DATE '{Snapshot:yyyy-MM-dd}' AS extract_date
            FROM (SELECT *, CASE WHEN k = 0 THEN DATE '{Snapshot:yyyy-MM-dd}' ELSE DATE '{Snapshot:yyyy-MM-dd}' - stop_back END AS stop FROM drawn);
            """;
        command.ExecuteNonQuery();
    }
}
