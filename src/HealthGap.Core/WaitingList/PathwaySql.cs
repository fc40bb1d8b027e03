namespace HealthGap.Core.WaitingList;

/// <summary>
/// The SQL behind <see cref="PathwayReader"/>. Parameters: <c>$snapshot</c>, <c>$from</c>, <c>$to</c>.
/// Age is whole years from the birth month to the snapshot (open) or the clock stop (completed).
/// A completed pathway whose clock stop is before its referral is not counted (ingest should
/// have quarantined it).
/// </summary>
internal static class PathwaySql
{
    public const string IsOpen = "(w.referral_date <= $snapshot AND (w.clock_stop_date IS NULL OR w.clock_stop_date > $snapshot))";

    public const string IsCompleted = "(w.clock_stop_date BETWEEN $from AND $to AND w.clock_stop_date >= w.referral_date)";

    public const string InScope = "(" + IsOpen + " OR " + IsCompleted + ")";

    public const string Select = $"""
        SELECT
          {IsOpen} AS is_open,
          coalesce({IsCompleted}, false) AS is_completed,
          CAST(date_diff('day', w.referral_date, $snapshot) AS INTEGER) AS open_days,
          CAST(coalesce(date_diff('day', w.referral_date, w.clock_stop_date), 0) AS INTEGER) AS completed_days,
          coalesce(w.treatment_function_code, 'unknown') AS treatment_function_code,
          coalesce(w.priority, 'unknown') AS priority,
          CAST(p.imd_quintile AS INTEGER) AS imd_quintile,
          CAST(p.imd_decile AS INTEGER) AS imd_decile,
          p.core20,
          p.ethnic_group,
          p.interpreter_needed,
          p.english_not_main_language,
          p.learning_disability,
          p.smi,
          p.sex,
          CAST(year($snapshot) - year(p.birth_month) - CASE WHEN month($snapshot) < month(p.birth_month) THEN 1 ELSE 0 END AS INTEGER) AS age_at_snapshot,
          CAST(year(w.clock_stop_date) - year(p.birth_month) - CASE WHEN month(w.clock_stop_date) < month(p.birth_month) THEN 1 ELSE 0 END AS INTEGER) AS age_at_stop
        FROM waiting_list w
        LEFT JOIN person p ON p.person_id = w.person_id
        WHERE {InScope}
        """;
}
