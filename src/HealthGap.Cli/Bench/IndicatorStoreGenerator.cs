using System.Globalization;
using DuckDB.NET.Data;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Writes a store with the schema of docs/data-model.md filled by SQL (fast at any size), with a
/// deprivation gradient planted in registers, blood pressure, A&amp;E use, admissions, cancer route and
/// deaths. For the indicator benchmark and report tests while the synthetic-ICS → ingest route is not
/// available on this branch; it is not the synthetic ICS (no extracts, no truth.json).
/// </summary>
internal static class IndicatorStoreGenerator
{
    private const string Schema = """
        CREATE TEMP MACRO h(a, b) AS CAST(hash(a, b) % 1000000007 AS BIGINT);
        CREATE TEMP MACRO h3(a, b, c) AS CAST(hash(a, b, c) % 1000000007 AS BIGINT);
        CREATE TABLE person AS
        WITH base AS (SELECT i AS person_id, 1 + CAST(h(i, 4) % 10 AS INTEGER) AS decile, CAST(h(i, 9) % 16 AS INTEGER) AS eth FROM range(1, {n} + 1) t(i))
        SELECT person_id, 'p' || person_id AS pseudonym,
          CAST(DATE '1925-01-01' + to_months(CAST(h(person_id, 1) % 1188 AS INTEGER)) AS DATE) AS birth_month,
          CASE WHEN h(person_id, 2) % 2 = 0 THEN 'F' ELSE 'M' END AS sex,
          ['A','A','A','A','A','B','C','D','H','J','K','M','N','R','Z', NULL][eth + 1] AS ethnic_category,
          ['White','White','White','White','White','White','White','Mixed','Asian','Asian','Asian','Black','Black','Other','Not stated','Unknown'][eth + 1] AS ethnic_group,
          'E0100' || lpad(CAST(h(person_id, 5) % 900 AS VARCHAR), 4, '0') AS lsoa11cd,
          CAST(decile AS TINYINT) AS imd_decile, CAST((decile + 1) // 2 AS TINYINT) AS imd_quintile, decile <= 2 AS core20,
          ['E06000008', 'E06000009', 'E07000117'][1 + decile % 3] AS lad22cd, ['00Q', '00R', '01A'][1 + decile % 3] AS sicbl22cdh, 'QE1' AS icb22cdh,
          'Y9' || lpad(CAST(h(person_id, 6) % 40 AS VARCHAR), 4, '0') AS practice_code,
          'U9' || lpad(CAST(h(person_id, 6) % 40 // 5 AS VARCHAR), 4, '0') AS pcn_code,
          DATE '2010-01-01' AS registration_start, CAST(NULL AS DATE) AS registration_end,
          CASE WHEN h(person_id, 7) % 1000 < (date_diff('year', DATE '1925-01-01' + to_months(CAST(h(person_id, 1) % 1188 AS INTEGER)), DATE '2024-01-01') * (13 - decile) // 30)
               THEN CAST(DATE '2023-04-01' + to_days(CAST(h(person_id, 8) % 720 AS INTEGER)) AS DATE) END AS date_of_death,
          {flags}
        FROM base;
        CREATE TABLE person_residence AS SELECT person_id, lsoa11cd, practice_code, registration_start AS valid_from, registration_end AS valid_to FROM person;
        CREATE TABLE event (person_id BIGINT, event_date DATE, end_date DATE, source VARCHAR, kind VARCHAR, code_system VARCHAR, code VARCHAR, value DOUBLE, detail VARCHAR, record_key VARCHAR);
        CREATE TABLE cancer (person_id BIGINT, tumour_key VARCHAR, diagnosis_date DATE, icd10_site VARCHAR, stage VARCHAR, route_to_diagnosis VARCHAR, emergency_via_ae BOOLEAN);
        CREATE TABLE waiting_list (person_id BIGINT, pathway_key VARCHAR, referral_date DATE, treatment_function_code VARCHAR, priority VARCHAR, waiting_list_type VARCHAR, clock_stop_date DATE, extract_date DATE);
        CREATE TABLE ref_practice AS SELECT DISTINCT practice_code, 'Practice ' || practice_code AS practice_name, pcn_code, 'PCN ' || pcn_code AS pcn_name, lad22cd FROM person;
        """;

    private const string Events = """
        CREATE TEMP TABLE age AS SELECT person_id, imd_decile AS d, date_diff('year', birth_month, DATE '2024-10-01') AS age FROM person;
        INSERT INTO event SELECT person_id, DATE '2018-06-01', NULL, 'gp', 'coded_entry', 'snomed', '10725009', NULL, NULL, 'h' || person_id
          FROM age WHERE age >= 30 AND h(person_id, 30) % 100 < age * (16 - d) // 40;
        INSERT INTO event SELECT e.person_id, DATE '2023-04-01' + to_days(CAST(h3(e.person_id, 31, k) % 720 AS INTEGER)), NULL, 'gp', 'coded_entry', 'snomed', c.code,
            CASE c.code WHEN '198081000000101' THEN 118 + a.d * -2 + h3(e.person_id, 32, k) % 45 ELSE 70 + h3(e.person_id, 33, k) % 30 END, NULL, 'b' || e.person_id || '-' || k || c.code
          FROM event e JOIN age a USING (person_id), range(2) r(k), (VALUES ('198081000000101'), ('1091811000000102')) c(code) WHERE e.code = '10725009';
        INSERT INTO event SELECT person_id, DATE '2023-04-01' + to_days(CAST(h3(person_id, 40, k) % 720 AS INTEGER)), NULL, 'ae', 'ae_attendance', 'local', 'ae', NULL, '01', 'a' || person_id || '-' || k
          FROM age, range(12) r(k) WHERE h(person_id, 41) % 100 < 30 + (10 - d) * 2 AND k < 1 + h(person_id, 42) % (3 + (10 - d) // 2);
        INSERT INTO event SELECT person_id, DATE '2023-04-01' + to_days(CAST(h(person_id, 50) % 720 AS INTEGER)), NULL, 'apc', 'emergency_admission', 'icd10',
            ['I219', 'I639', 'J459', 'R074', 'K029'][1 + h(person_id, 51) % 5], NULL, '21', 'e' || person_id
          FROM age WHERE h(person_id, 52) % 1000 < 20 + (10 - d) * 6 + age // 2;
        INSERT INTO event SELECT person_id, DATE '2023-04-01' + to_days(CAST(h(person_id, 60) % 720 AS INTEGER)), NULL, 'apc', 'elective_admission', 'icd10', 'M179', NULL, '11', 'l' || person_id
          FROM age WHERE h(person_id, 61) % 1000 < 40 + age;
        INSERT INTO cancer SELECT person_id, 't' || person_id, DATE '2023-01-01' + to_days(CAST(h(person_id, 70) % 900 AS INTEGER)), ['C509', 'C349', 'C189', 'C619'][1 + h(person_id, 71) % 4],
            CASE WHEN h(person_id, 72) % 10 = 0 THEN 'U' ELSE CAST(1 + (h(person_id, 73) % 100 + (10 - d) * 3) // 33 AS VARCHAR) END,
            CASE WHEN h(person_id, 74) % 100 < 12 + (10 - d) * 2 THEN 'emergency_presentation' ELSE 'two_week_wait' END, h(person_id, 74) % 100 < 8 + (10 - d) * 2
          FROM age WHERE age >= 30 AND h(person_id, 75) % 1000 < age // 6;
        """;

    /// <summary>
    /// PLUS flags planted with a gradient (by deprivation decile, or by ethnicity for language); every other
    /// flag of the vocabulary is set for about one person in <see cref="PlusFlag.OneIn"/>.
    /// </summary>
    private static readonly Dictionary<PlusFlag, string> PlantedFlags = new()
    {
        [PlusFlag.SevereMentalIllness] = "h(person_id, {seed}) % (40 + decile * 6) = 0",
        [PlusFlag.InterpreterNeeded] = "eth IN (8, 9, 10, 12) AND h(person_id, {seed}) % 6 = 0",
        [PlusFlag.EnglishNotMainLanguage] = "eth IN (8, 9, 10, 12) AND h(person_id, {seed}) % 3 = 0",
    };

    /// <summary>The <c>person</c> flag columns, in vocabulary order; each flag draws from its own hash seed (10, 11, ...).</summary>
    internal static string FlagColumns() => string.Join(",\n          ", PlusFlag.All.Select((flag, i) =>
    {
        var seed = (10 + i).ToString(CultureInfo.InvariantCulture);
        var condition = PlantedFlags.TryGetValue(flag, out var planted)
            ? planted.Replace("{seed}", seed, StringComparison.Ordinal)
            : string.Create(CultureInfo.InvariantCulture, $"h(person_id, {seed}) % {flag.OneIn} = 0");
        return $"{condition} AS {flag.Name}";
    }));

    /// <summary>Creates (or replaces) a store of about <paramref name="people"/> people at <paramref name="path"/>.</summary>
    public static void Write(string path, int people)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema.Replace("{n}", people.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{flags}", FlagColumns(), StringComparison.Ordinal) + Events;
        command.ExecuteNonQuery();
    }
}
