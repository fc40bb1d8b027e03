using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// The set-based half of a batch: after the staging tables are loaded, SQL finds duplicates and pseudonym
/// collisions, removes people who opted out since an earlier batch, upserts every table by its record key
/// and rebuilds the person rows (geography, deprivation, PLUS flags) of everyone the batch touched. It runs
/// inside the batch's one transaction, so either all of it lands or none of it does.
/// </summary>
internal sealed partial class StoreMerge(DuckDBConnection connection, string batchId, DateOnly today)
{
    private static readonly (string Table, string Key, string Target, string TargetKey)[] Keyed =
    [
        ("stg_registration", "record_key", "person_residence", "record_key"),
        ("stg_event", "record_key", "event", "record_key"),
        ("stg_waiting", "pathway_key", "waiting_list", "pathway_key"),
        ("stg_cancer", "tumour_key", "cancer", "tumour_key"),
    ];

    /// <summary>Moves records sharing a key with an earlier record of the batch to quarantine as duplicates.</summary>
    public void QuarantineDuplicates()
    {
        foreach (var (table, key, _, _) in Keyed)
        {
            if (table == "stg_event" && DirectEvents)
            {
                QuarantineDirectEventDuplicates();
                continue;
            }

            Sql.Execute(connection, $"""
                CREATE OR REPLACE TEMP TABLE stg_dup AS
                SELECT file_id, line, {key} AS k, first_line FROM (
                    SELECT file_id, line, {key},
                        row_number() OVER (PARTITION BY {key} ORDER BY file_id, line) AS n,
                        first_value(line) OVER (PARTITION BY {key} ORDER BY file_id, line) AS first_line
                    FROM {table} WHERE {key} IN (SELECT {key} FROM {table} WHERE suspect))
                WHERE n > 1;
                INSERT INTO stg_quarantine
                SELECT file_id, line, 'record_id', substr(k, strpos(k, ':') + 1), 'duplicate',
                    'the same record_id was already read at line ' || first_line || '; each record needs its own record_id.'
                FROM stg_dup WHERE NOT ends_with(k, ':procedure');
                DELETE FROM {table} t USING stg_dup d WHERE t.file_id = d.file_id AND t.line = d.line AND t.{key} = d.k;
                """);
        }

        Sql.Execute(connection, """
            CREATE OR REPLACE TEMP TABLE stg_dup AS
            SELECT file_id, line, practice_code AS k FROM (
                SELECT *, row_number() OVER (PARTITION BY practice_code ORDER BY file_id, line) AS n FROM stg_practice)
            WHERE n > 1;
            INSERT INTO stg_quarantine SELECT file_id, line, 'practice_code', k, 'duplicate', 'the practice is listed twice.' FROM stg_dup;
            DELETE FROM stg_practice t USING stg_dup d WHERE t.file_id = d.file_id AND t.line = d.line;
            """);
    }

    /// <summary>
    /// Quarantines registrations whose 64-bit person_id already belongs to a different pseudonym in the store
    /// (and their person's activity in this batch goes with them as unregistered).
    /// </summary>
    public void QuarantineCollisions() =>
        Sql.Execute(connection, """
            CREATE OR REPLACE TEMP TABLE stg_collision AS
            SELECT DISTINCT s.file_id, s.line, s.person_id FROM stg_registration s JOIN person p USING (person_id)
            WHERE p.pseudonym <> s.pseudonym;
            INSERT INTO stg_quarantine SELECT file_id, line, 'nhs_number', '(pseudonymised)', 'pseudonym_collision',
                'another NHS number in the store has the same 64-bit person_id; report this to the HealthGap maintainers.'
            FROM stg_collision;
            DELETE FROM stg_registration WHERE person_id IN (SELECT person_id FROM stg_collision);
            """);

    /// <summary>Deletes, from every table, people in the store who are now on the opt-out list; returns their ids.</summary>
    public IReadOnlyList<long> RemoveOptedOut()
    {
        var people = Sql.Query(connection, "SELECT person_id FROM person WHERE person_id IN (SELECT person_id FROM stg_opted_out)", r => r.GetInt64(0));
        if (people.Count == 0)
        {
            return people;
        }

        foreach (var table in new[] { "person", "person_residence", "event", "waiting_list", "cancer" })
        {
            Sql.Execute(connection, $"DELETE FROM {table} WHERE person_id IN (SELECT person_id FROM stg_opted_out)");
        }

        return people;
    }

    /// <summary>Upserts staged records by key (a later extract replaces a record; the same record changes nothing).</summary>
    public void Upsert()
    {
        Sql.Execute(connection, """
            DELETE FROM ref_practice WHERE practice_code IN (SELECT practice_code FROM stg_practice);
            INSERT INTO ref_practice SELECT practice_code, practice_name, pcn_code, pcn_name, lad22cd FROM stg_practice;
            """);
        foreach (var (table, key, target, targetKey) in Keyed)
        {
            if (table == "stg_event" && DirectEvents)
            {
                continue; // already appended to event; stg_event holds only copies for the duplicate check
            }

            if (Sql.Scalar(connection, $"SELECT count(*) FROM (SELECT 1 FROM {target} LIMIT 1)") > 0)
            {
                Sql.Execute(connection, $"DELETE FROM {target} WHERE {targetKey} IN (SELECT {key} FROM {table})");
            }

            Sql.Execute(connection, $"INSERT INTO {target} {Projection(table)}", table == "stg_waiting" ? [("today", today)] : []);
        }
    }

    /// <summary>Copies the quarantine, the file list and the batch record into the store.</summary>
    public void Record(string filesJson, long accepted, long quarantined, long optedOut, long optedOutRows, long linked, long durationMs, DateTime startedAt, string keyFingerprint)
    {
        Sql.Execute(connection, """
            INSERT INTO quarantine SELECT $batch, f.file_name, q.line, q.field, q.value_masked, q.reason, q.detail
            FROM stg_quarantine q JOIN stg_file f USING (file_id) ORDER BY q.file_id, q.line;
            INSERT INTO ingest_file SELECT $batch, file_name, feed, sha256, rows FROM stg_file;
            """, ("batch", batchId));
        Sql.Execute(connection, """
            INSERT INTO ingest_batch VALUES ($batch, $started, now()::TIMESTAMP, $files, $accepted, $quarantined, $opted_out, $linked, $duration, $key);
            INSERT INTO opt_out_count VALUES ($batch, $opted_out, $opted_out_rows);
            """,
            ("batch", batchId), ("started", startedAt), ("files", filesJson), ("accepted", accepted), ("quarantined", quarantined),
            ("opted_out", optedOut), ("opted_out_rows", optedOutRows), ("linked", linked), ("duration", durationMs), ("key", keyFingerprint));
    }

    private static string Projection(string table) => table switch
    {
        "stg_registration" => "SELECT person_id, lsoa11cd, practice_code, valid_from, valid_to, birth_month, sex, ethnic_category, pseudonym, linkage_key, record_key FROM stg_registration",
        "stg_event" => "SELECT person_id, event_date, end_date, source, kind, code_system, code, value, detail, record_key FROM stg_event",
        "stg_waiting" => "SELECT person_id, pathway_key, referral_date, treatment_function_code, priority, waiting_list_type, clock_stop_date, $today FROM stg_waiting",
        _ => "SELECT person_id, tumour_key, diagnosis_date, icd10_site, stage, route_to_diagnosis, emergency_via_ae FROM stg_cancer",
    };
}
