namespace HealthGap.Web.Results;

/// <summary>The disclosure policy the report's figures passed (from <c>policy.json</c>).</summary>
/// <param name="Name">Policy name.</param>
/// <param name="Version">Policy version.</param>
/// <param name="Description">Plain description, when the report gives one.</param>
internal sealed record DisclosurePolicyInfo(string Name, string Version, string? Description);
