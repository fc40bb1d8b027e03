namespace HealthGap.Core.Store;

/// <summary>
/// The duplicate check for a first load, when events went straight into <c>event</c> (the ingest does so
/// when <c>event</c> was empty as the batch began). A record whose key had surely not been read before went
/// to <c>event</c>; one whose key <em>may</em> have been read (a suspect) went only to <c>stg_event</c>, with
/// its file and line. Here a staged record is a duplicate when its key is already in <c>event</c> or an
/// earlier staged record has it; the rest (first copies the filter flagged by mistake) are moved into
/// <c>event</c>. Nothing is deleted from <c>event</c>: a delete inside the batch's transaction would make
/// DuckDB re-append the whole first load at commit instead of keeping the row groups it already wrote.
/// </summary>
internal sealed partial class StoreMerge
{
    /// <summary>Events were appended straight into <c>event</c> in this batch (it was empty when the batch began).</summary>
    public bool DirectEvents { get; init; }

    private void QuarantineDirectEventDuplicates() =>
        Sql.Execute(connection, """
            CREATE OR REPLACE TEMP TABLE stg_dup_keys AS
            SELECT DISTINCT record_key AS k FROM event WHERE record_key IN (SELECT record_key FROM stg_event);
            CREATE OR REPLACE TEMP TABLE stg_dup AS
            SELECT file_id, line, k, CASE WHEN NOT in_event THEN first_line END AS first_line FROM (
                SELECT s.file_id, s.line, s.record_key AS k, d.k IS NOT NULL AS in_event,
                    row_number() OVER w AS n, first_value(s.line) OVER w AS first_line
                FROM stg_event s LEFT JOIN stg_dup_keys d ON d.k = s.record_key
                WINDOW w AS (PARTITION BY s.record_key ORDER BY s.file_id, s.line))
            WHERE in_event OR n > 1;
            INSERT INTO stg_quarantine
            SELECT file_id, line, 'record_id', substr(k, strpos(k, ':') + 1), 'duplicate',
                'the same record_id was already read ' || coalesce('at line ' || first_line, 'earlier in this batch') || '; each record needs its own record_id.'
            FROM stg_dup WHERE NOT ends_with(k, ':procedure');
            INSERT INTO event
            SELECT s.person_id, s.event_date, s.end_date, s.source, s.kind, s.code_system, s.code, s.value, s.detail, s.record_key
            FROM stg_event s ANTI JOIN stg_dup d ON d.file_id = s.file_id AND d.line = s.line AND d.k = s.record_key;
            """);
}
