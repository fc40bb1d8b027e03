namespace HealthGap.Core.WaitingList.Report;

/// <summary>One plain-language finding about an adjusted gap, built only from published figures.</summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Text">The sentence(s) for the reader.</param>
/// <param name="AdjustedRatio">The adjusted ratio it is ranked by.</param>
public sealed record GapStatement(string Breakdown, string Group, string Text, double AdjustedRatio);
