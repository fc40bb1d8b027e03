using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>What <see cref="ReportRun.Compute"/> gives back.</summary>
/// <param name="Contents">The report folder's contents, to write with <see cref="ReportFolder.Write"/>.</param>
/// <param name="Timings">Where the run spent its time.</param>
public sealed record ReportOutcome(ReportContents Contents, ReportTimings Timings);
