namespace HealthGap.Core.Store;

/// <summary>
/// The duplicate check for a first load, when events went straight into <c>event</c> (see
/// <see cref="Ingest.IngestState.DirectEvents"/>): every event row is then this batch's, and
/// <c>stg_event</c> holds copies (with file and line) of the rows whose key may repeat. A key that
/// occurs n &gt; 1 times keeps its first row; the other n − 1, all staged, go to quarantine.
/// </summary>
internal sealed partial class StoreMerge
{
    /// <summary>Events were appended straight into <c>event</c> in this batch (it was empty when the batch began).</summary>
    public bool DirectEvents { get; init; }

    private void QuarantineDirectEventDuplicates() =>
        Sql.Execute(connection, """
            CREATE OR REPLACE TEMP TABLE stg_dup_keys AS
            SELECT record_key AS k, count(*) AS n FROM event
            WHERE record_key IN (SELECT record_key FROM stg_event WHERE suspect)
            GROUP BY record_key HAVING count(*) > 1;
            CREATE OR REPLACE TEMP TABLE stg_dup AS
            SELECT file_id, line, k, CASE WHEN staged = n THEN first_line END AS first_line FROM (
                SELECT s.file_id, s.line, s.record_key AS k, d.n,
                    row_number() OVER (PARTITION BY s.record_key ORDER BY s.file_id DESC, s.line DESC) AS from_end,
                    count(*) OVER (PARTITION BY s.record_key) AS staged,
                    first_value(s.line) OVER (PARTITION BY s.record_key ORDER BY s.file_id, s.line) AS first_line
                FROM stg_event s JOIN stg_dup_keys d ON d.k = s.record_key)
            WHERE from_end <= n - 1;
            INSERT INTO stg_quarantine
            SELECT file_id, line, 'record_id', substr(k, strpos(k, ':') + 1), 'duplicate',
                'the same record_id was already read ' || coalesce('at line ' || first_line, 'earlier in this batch') || '; each record needs its own record_id.'
            FROM stg_dup WHERE NOT ends_with(k, ':procedure');
            DELETE FROM event WHERE rowid IN (
                SELECT rowid FROM (
                    SELECT rowid, row_number() OVER (PARTITION BY record_key ORDER BY rowid) AS n
                    FROM event WHERE record_key IN (SELECT k FROM stg_dup_keys))
                WHERE n > 1);
            """);
}
