using DuckDB.NET.Data;

namespace HealthGap.Core.Tests.Indicators;

/// <summary>
/// A small DuckDB store in a temp file with exactly the schema of docs/data-model.md (the tables the
/// engine reads), plus helpers to add people and events.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string Schema = """
        CREATE TABLE person (
          person_id BIGINT PRIMARY KEY, pseudonym VARCHAR, birth_month DATE, sex VARCHAR, ethnic_category VARCHAR,
          ethnic_group VARCHAR, lsoa11cd VARCHAR, imd_decile TINYINT, imd_quintile TINYINT, core20 BOOLEAN,
          lad22cd VARCHAR, sicbl22cdh VARCHAR, icb22cdh VARCHAR, practice_code VARCHAR, pcn_code VARCHAR,
          registration_start DATE, registration_end DATE, date_of_death DATE,
          learning_disability BOOLEAN, autism BOOLEAN, smi BOOLEAN, homeless BOOLEAN, carer BOOLEAN,
          interpreter_needed BOOLEAN, english_not_main_language BOOLEAN, housebound BOOLEAN, care_home BOOLEAN,
          lives_alone BOOLEAN, assisted_bin_collection BOOLEAN, looked_after_child BOOLEAN);
        CREATE TABLE person_residence (person_id BIGINT, lsoa11cd VARCHAR, practice_code VARCHAR, valid_from DATE, valid_to DATE);
        CREATE TABLE event (
          person_id BIGINT, event_date DATE, end_date DATE, source VARCHAR, kind VARCHAR, code_system VARCHAR,
          code VARCHAR, value DOUBLE, detail VARCHAR, record_key VARCHAR);
        CREATE TABLE waiting_list (
          person_id BIGINT, pathway_key VARCHAR, referral_date DATE, treatment_function_code VARCHAR, priority VARCHAR,
          waiting_list_type VARCHAR, clock_stop_date DATE, extract_date DATE);
        CREATE TABLE cancer (
          person_id BIGINT, tumour_key VARCHAR, diagnosis_date DATE, icd10_site VARCHAR, stage VARCHAR,
          route_to_diagnosis VARCHAR, emergency_via_ae BOOLEAN);
        CREATE TABLE ref_practice (practice_code VARCHAR, practice_name VARCHAR, pcn_code VARCHAR, pcn_name VARCHAR, lad22cd VARCHAR);
        """;

    private int _record;

    public TestStore()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hg-test-{Guid.NewGuid():N}.duckdb");
        Connection = new DuckDBConnection($"Data Source={Path}");
        Connection.Open();
        Execute(Schema);
    }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    public void Execute(string sql, params object?[] args)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var arg in args)
        {
            command.Parameters.Add(new DuckDBParameter(arg ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Adds a registered, living person in ICB QE1 / practice Y90001.</summary>
    public void AddPerson(
        long id, DateOnly birthMonth, string sex = "F", int? imdDecile = 5, string? ethnicCategory = "A", string? ethnicGroup = "White",
        string practice = "Y90001", string pcn = "U90001", DateOnly? death = null, bool learningDisability = false)
    {
        Execute(
            """
            INSERT INTO person (person_id, pseudonym, birth_month, sex, ethnic_category, ethnic_group, lsoa11cd, imd_decile, imd_quintile, core20,
              lad22cd, sicbl22cdh, icb22cdh, practice_code, pcn_code, registration_start, registration_end, date_of_death,
              learning_disability, autism, smi, homeless, carer, interpreter_needed, english_not_main_language, housebound, care_home,
              lives_alone, assisted_bin_collection, looked_after_child)
            VALUES (?, 'x', CAST(? AS DATE), ?, ?, ?, 'E01000001', ?, ?, ?, 'E06000009', '00R', 'QE1', ?, ?, DATE '2010-01-01', NULL, CAST(? AS DATE),
              ?, false, false, false, false, false, false, false, false, false, false, false)
            """,
            id, birthMonth.ToString("yyyy-MM-dd"), sex, ethnicCategory, ethnicGroup, imdDecile, imdDecile is { } d ? (d + 1) / 2 : null,
            imdDecile is { } c ? c <= 2 : null, practice, pcn, death?.ToString("yyyy-MM-dd"), learningDisability);
    }

    public void AddEvent(long person, DateOnly date, string code, double? value = null, string source = "gp", string kind = "coded_entry", string system = "snomed", string? detail = null)
    {
        Execute(
            "INSERT INTO event VALUES (?, CAST(? AS DATE), NULL, ?, ?, ?, ?, ?, ?, ?)",
            person, date.ToString("yyyy-MM-dd"), source, kind, system, code, value, detail, $"test:{++_record}");
    }

    public void AddTumour(long person, DateOnly date, string site, string stage, string route = "gp_referral", bool viaAe = false)
    {
        Execute(
            "INSERT INTO cancer VALUES (?, ?, CAST(? AS DATE), ?, ?, ?, ?)",
            person, $"t{++_record}", date.ToString("yyyy-MM-dd"), site, stage, route, viaAe);
    }

    public void Dispose()
    {
        Connection.Dispose();
        File.Delete(Path);
        File.Delete(Path + ".wal");
    }
}
