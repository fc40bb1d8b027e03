namespace HealthGap.Core.Indicators.Reporting;

/// <summary>One area nested in another: every person counted in the child is counted in the parent.</summary>
/// <param name="ChildType">Area type of the child (practice, place, sub_icb, …).</param>
/// <param name="ChildCode">Code of the child.</param>
/// <param name="ParentType">Area type of the parent.</param>
/// <param name="ParentCode">Code of the parent.</param>
public sealed record AreaLink(string ChildType, string ChildCode, string ParentType, string ParentCode);
