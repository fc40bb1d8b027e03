namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>
/// The shape every counted value takes over time at risk: rows of a table dated within one of the person's
/// spells (registered and alive in the period, <see cref="EmitContext.Spells"/>), counted per person and year of
/// age at that date, so a numerator falls in the age band the person was in when it happened.
/// </summary>
internal static class TimeAtRiskSql
{
    /// <param name="context">The query's context (how an age is kept).</param>
    /// <param name="table">The table and its alias, e.g. <c>event e</c>; it must have a person_id column.</param>
    /// <param name="date">The row's date, e.g. <c>e.event_date</c>.</param>
    /// <param name="where">Further conditions on the row (<c>true</c> for none).</param>
    /// <param name="column">Name of the count column.</param>
    public static string ByAgeAt(EmitContext context, string table, string date, string where, string column)
    {
        var alias = table.Split(' ')[1];
        return $"SELECT s.person_id, {context.AgeKey(EmitContext.AgeAt("s.birth_month", date))} AS age, count(*) AS {column} FROM {EmitContext.Spells} s " +
            $"JOIN {table} ON {alias}.person_id = s.person_id AND {date} BETWEEN s.at_from AND s.at_to WHERE {where} GROUP BY 1, 2";
    }
}
