namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>The disclosure policy a report's figures passed, as policy.json says it.</summary>
/// <param name="Name">Policy name.</param>
/// <param name="Version">Policy version.</param>
/// <param name="Description">Plain description, when the folder gives one.</param>
public sealed record ReportPolicy(string Name, string Version, string? Description);
