using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Store;

/// <summary>
/// The store's tables, exactly as documented in <c>docs/data-model.md</c>. Created if missing; never
/// altered destructively. The indicator engine codes against these names, so they change only with the doc.
/// </summary>
internal static class StoreSchema
{
    /// <summary>
    /// Each table with its column list (the text after <c>CREATE TABLE name</c>), in creation order. The
    /// PLUS flag columns end <c>person</c>, in the order of <see cref="PlusFlag.All"/>.
    /// </summary>
    public static IReadOnlyList<(string Table, string Columns)> Definitions { get; } =
    [
        ("person", $"""
            (person_id BIGINT PRIMARY KEY, pseudonym VARCHAR NOT NULL, birth_month DATE, sex VARCHAR,
            ethnic_category VARCHAR, ethnic_group VARCHAR, lsoa11cd VARCHAR, imd_decile TINYINT,
            imd_quintile TINYINT, core20 BOOLEAN, lad22cd VARCHAR, sicbl22cdh VARCHAR, icb22cdh VARCHAR,
            practice_code VARCHAR, pcn_code VARCHAR, registration_start DATE, registration_end DATE,
            date_of_death DATE, {string.Join(", ", PlusFlag.Names.Select(f => f + " BOOLEAN"))})
            """),
        ("person_residence", """
            (person_id BIGINT NOT NULL, lsoa11cd VARCHAR, practice_code VARCHAR, valid_from DATE, valid_to DATE,
            birth_month DATE, sex VARCHAR, ethnic_category VARCHAR, pseudonym VARCHAR, linkage_key BIGINT,
            record_key VARCHAR NOT NULL)
            """),
        ("event", """
            (person_id BIGINT NOT NULL, event_date DATE, end_date DATE, source VARCHAR, kind VARCHAR,
            code_system VARCHAR, code VARCHAR, value DOUBLE, detail VARCHAR, record_key VARCHAR NOT NULL)
            """),
        ("waiting_list", """
            (person_id BIGINT NOT NULL, pathway_key VARCHAR NOT NULL, referral_date DATE,
            treatment_function_code VARCHAR, priority VARCHAR, waiting_list_type VARCHAR,
            clock_stop_date DATE, extract_date DATE)
            """),
        ("cancer", """
            (person_id BIGINT NOT NULL, tumour_key VARCHAR NOT NULL, diagnosis_date DATE, icd10_site VARCHAR,
            stage VARCHAR, route_to_diagnosis VARCHAR, emergency_via_ae BOOLEAN)
            """),
        ("ref_lsoa", """
            (lsoa11cd VARCHAR PRIMARY KEY, lsoa11nm VARCHAR, imd_score DOUBLE, imd_rank INTEGER,
            imd_decile TINYINT, imd_quintile TINYINT, core20 BOOLEAN, lad22cd VARCHAR, lad22nm VARCHAR,
            sicbl22cd VARCHAR, sicbl22cdh VARCHAR, sicbl22nm VARCHAR, icb22cd VARCHAR, icb22cdh VARCHAR,
            icb22nm VARCHAR, nhser22nm VARCHAR, population INTEGER)
            """),
        ("ref_esp2013", """
            (age_band_index INTEGER, age_band VARCHAR, age_lower INTEGER, age_upper INTEGER,
            esp2013_population INTEGER)
            """),
        ("ref_practice", """
            (practice_code VARCHAR PRIMARY KEY, practice_name VARCHAR, pcn_code VARCHAR, pcn_name VARCHAR,
            lad22cd VARCHAR)
            """),
        ("quarantine", """
            (batch_id VARCHAR NOT NULL, source_file VARCHAR, line BIGINT, field VARCHAR, value_masked VARCHAR,
            reason VARCHAR NOT NULL, detail VARCHAR)
            """),
        ("ingest_batch", """
            (batch_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, files VARCHAR,
            accepted BIGINT, quarantined BIGINT, opted_out BIGINT, linked BIGINT, duration_ms BIGINT,
            key_fingerprint VARCHAR)
            """),
        ("ingest_file", """
            (batch_id VARCHAR NOT NULL, file_name VARCHAR, feed VARCHAR, sha256 VARCHAR NOT NULL, rows BIGINT)
            """),
        ("opt_out_count", """
            (batch_id VARCHAR NOT NULL, opted_out BIGINT, rows_excluded BIGINT)
            """),
    ];

    /// <summary>Every table the store holds, for checks and tests.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. Definitions.Select(d => d.Table)];

    /// <summary>DDL run at the start of every ingest (idempotent).</summary>
    public static string CreateTables { get; } = string.Join("\n", Definitions.Select(d => Create(d.Table)));

    /// <summary>The idempotent DDL of one table, e.g. for a test store that holds only some of them.</summary>
    public static string Create(string table) =>
        $"CREATE TABLE IF NOT EXISTS {table} {Definitions.Single(d => d.Table == table).Columns};";
}
