namespace HealthGap.Core.Store;

/// <summary>
/// Connection-local temporary tables that one batch is bulk-loaded into (with the DuckDB appender) before
/// set-based SQL checks and merges it into the store. Being temporary, they never reach the store file:
/// a batch that dies leaves nothing behind. <c>suspect</c> marks records whose key may repeat (the ingest's
/// Bloom filter of record keys says so): only their keys are checked for duplicates.
/// </summary>
internal static class StagingTables
{
    /// <summary>DDL for the staging tables.</summary>
    public const string Create = """
        CREATE OR REPLACE TEMP TABLE stg_file (file_id INTEGER, file_name VARCHAR, feed VARCHAR, sha256 VARCHAR, rows BIGINT);
        CREATE OR REPLACE TEMP TABLE stg_practice (practice_code VARCHAR, practice_name VARCHAR, pcn_code VARCHAR,
            pcn_name VARCHAR, lad22cd VARCHAR, file_id INTEGER, line BIGINT);
        CREATE OR REPLACE TEMP TABLE stg_registration (person_id BIGINT, pseudonym VARCHAR, birth_month DATE, sex VARCHAR,
            ethnic_category VARCHAR, lsoa11cd VARCHAR, practice_code VARCHAR, valid_from DATE, valid_to DATE,
            linkage_key BIGINT, record_key VARCHAR, file_id INTEGER, line BIGINT, suspect BOOLEAN);
        CREATE OR REPLACE TEMP TABLE stg_event (person_id BIGINT, event_date DATE, end_date DATE, source VARCHAR,
            kind VARCHAR, code_system VARCHAR, code VARCHAR, value DOUBLE, detail VARCHAR, record_key VARCHAR,
            file_id INTEGER, line BIGINT, suspect BOOLEAN);
        CREATE OR REPLACE TEMP TABLE stg_waiting (person_id BIGINT, pathway_key VARCHAR, referral_date DATE,
            treatment_function_code VARCHAR, priority VARCHAR, waiting_list_type VARCHAR, clock_stop_date DATE,
            file_id INTEGER, line BIGINT, suspect BOOLEAN);
        CREATE OR REPLACE TEMP TABLE stg_cancer (person_id BIGINT, tumour_key VARCHAR, diagnosis_date DATE,
            icd10_site VARCHAR, stage VARCHAR, route_to_diagnosis VARCHAR, emergency_via_ae BOOLEAN,
            file_id INTEGER, line BIGINT, suspect BOOLEAN);
        CREATE OR REPLACE TEMP TABLE stg_quarantine (file_id INTEGER, line BIGINT, field VARCHAR, value_masked VARCHAR,
            reason VARCHAR, detail VARCHAR);
        CREATE OR REPLACE TEMP TABLE stg_opted_out (person_id BIGINT);
        CREATE OR REPLACE TEMP TABLE stg_codelist (flag VARCHAR, role VARCHAR, code_system VARCHAR, code VARCHAR, current_only BOOLEAN);
        """;
}
