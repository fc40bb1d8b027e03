namespace HealthGap.Core.WaitingList;

/// <summary>One group within a breakdown, e.g. "Asian" within ethnicity.</summary>
/// <param name="Label">Short label used in tables and charts, e.g. <c>1 (most deprived)</c>.</param>
/// <param name="Phrase">The people in the group in plain words, e.g. "people who need an interpreter".</param>
public sealed record GroupLevel(string Label, string Phrase);
