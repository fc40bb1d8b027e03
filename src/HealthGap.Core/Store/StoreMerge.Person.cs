using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Store;

/// <summary>Rebuilding the <c>person</c> rows of everyone a batch touched.</summary>
internal sealed partial class StoreMerge
{
    /// <summary>
    /// Rebuilds <c>person</c> for every person with a staged registration or event: demographics from their
    /// latest registration, geography and deprivation from <c>ref_lsoa</c>, PCN from <c>ref_practice</c>,
    /// date of death from death events, PLUS flags by the rules loaded into <c>stg_codelist</c>. On a
    /// first load every event is this batch's, so the events need no filter, and their people are among
    /// the registered: this batch's registrations and the people already in the store (all rebuilt).
    /// </summary>
    public void RebuildPeople()
    {
        var flagColumns = string.Join(",\n", PlusFlag.Names.Select(f =>
            $"coalesce(bool_or(flag = '{f}' AND inc IS NOT NULL AND (exc IS NULL OR inc > exc)), false) AS {f}"));
        var flagSelect = string.Join(", ", PlusFlag.Names.Select(f => $"coalesce(fw.{f}, false)"));
        // The events read: all of them on a first load (every one is this batch's), else the affected people's.
        // Each use below reads event itself: a CTE used twice would be materialised, i.e. every event copied.
        var touched = DirectEvents ? "true" : "person_id IN (SELECT person_id FROM stg_affected)";
        Sql.Execute(connection, $"""
            CREATE OR REPLACE TEMP TABLE stg_affected AS
            SELECT DISTINCT person_id FROM (
                SELECT person_id FROM stg_registration UNION ALL SELECT person_id FROM stg_event
                UNION ALL SELECT person_id FROM stg_waiting UNION ALL SELECT person_id FROM stg_cancer
                {(DirectEvents ? "UNION ALL SELECT person_id FROM person" : "")});
            DELETE FROM person WHERE person_id IN (SELECT person_id FROM stg_affected);
            INSERT INTO person
            WITH latest AS (
                SELECT * FROM person_residence WHERE person_id IN (SELECT person_id FROM stg_affected)
                QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY valid_from DESC, record_key DESC) = 1),
            deaths AS (
                SELECT person_id, min(event_date) AS date_of_death FROM event
                WHERE source = 'death' AND {touched} GROUP BY person_id),
            flags AS (
                SELECT t.person_id, c.flag,
                    max(CASE WHEN c.role = 'include' THEN t.event_date END) AS inc,
                    max(CASE WHEN c.role = 'exclude' THEN t.event_date END) AS exc
                FROM (SELECT person_id, event_date, end_date, code_system, code FROM event WHERE {touched}) t
                JOIN stg_codelist c ON t.code_system = c.code_system AND t.code = c.code
                WHERE NOT c.current_only OR t.end_date IS NULL OR t.end_date >= $today
                GROUP BY t.person_id, c.flag),
            flag_wide AS (SELECT person_id, {flagColumns} FROM flags GROUP BY person_id)
            SELECT l.person_id, l.pseudonym, l.birth_month, l.sex, l.ethnic_category,
                CASE WHEN l.ethnic_category IN ('A','B','C') THEN 'White'
                     WHEN l.ethnic_category IN ('D','E','F','G') THEN 'Mixed'
                     WHEN l.ethnic_category IN ('H','J','K','L') THEN 'Asian'
                     WHEN l.ethnic_category IN ('M','N','P') THEN 'Black'
                     WHEN l.ethnic_category IN ('R','S') THEN 'Other'
                     WHEN l.ethnic_category = 'Z' THEN 'Not stated' ELSE 'Unknown' END,
                l.lsoa11cd, r.imd_decile, r.imd_quintile, r.core20, r.lad22cd, r.sicbl22cdh, r.icb22cdh,
                l.practice_code, p.pcn_code, l.valid_from, l.valid_to, d.date_of_death, {flagSelect}
            FROM latest l
            LEFT JOIN ref_lsoa r ON r.lsoa11cd = l.lsoa11cd
            LEFT JOIN ref_practice p ON p.practice_code = l.practice_code
            LEFT JOIN deaths d ON d.person_id = l.person_id
            LEFT JOIN flag_wide fw ON fw.person_id = l.person_id;
            """, ("today", today));
    }

    /// <summary>Loads the codes that set and clear the PLUS flags into <c>stg_codelist</c>, for <see cref="RebuildPeople"/>.</summary>
    public void LoadFlagCodes(IEnumerable<FlagCode> codes)
    {
        using var appender = connection.CreateAppender("temp", "main", "stg_codelist");
        foreach (var code in codes)
        {
            appender.CreateRow().AppendValue(code.Flag).AppendValue(code.Include ? "include" : "exclude").AppendValue(code.CodeSystem)
                .AppendValue(code.Code).AppendValue(code.CurrentOnly).EndRow();
        }
    }
}
