namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Where a report run spent its time. The engine's queries run on a thread of their own while the
/// previous batch is built, so <see cref="Engine"/> and <see cref="Statistics"/> are busy times that
/// can overlap; <see cref="Wall"/> is the elapsed time of the run.
/// </summary>
/// <param name="Engine">Time the engine's SQL queries took (sufficient statistics).</param>
/// <param name="Statistics">Time statistics, the disclosure gate and the inequality summaries took.</param>
/// <param name="Wall">Elapsed time of the whole run, writing excluded.</param>
public sealed record ReportTimings(TimeSpan Engine, TimeSpan Statistics, TimeSpan Wall);
