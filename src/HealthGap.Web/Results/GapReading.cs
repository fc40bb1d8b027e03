using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Results;

/// <summary>
/// What an inequality summary says in plain words, read with the indicator's polarity. The RII is
/// PHEindicatormethods' ratio of the fitted value at the least deprived end of the deprivation scale to
/// that at the most deprived end (1 = no gap; below 1 = the value is higher among the most deprived).
/// Whether that is worse for the most deprived depends on whether higher is better.
/// </summary>
internal sealed record GapReading(InequalitySummary Summary, bool? HigherIsBetter)
{
    /// <summary>The RII as a usable ratio (positive and finite), else null.</summary>
    public double? Rii => Summary.Rii is { } r && r > 0 && double.IsFinite(r) ? r : null;

    /// <summary>True when the fitted value is higher at the most deprived end (RII below 1).</summary>
    public bool HigherAtMostDeprived => Rii is < 1;

    /// <summary>How many times as high the higher end is as the lower end (1 = no gap).</summary>
    public double? Multiple => Rii is { } r ? Math.Max(r, 1 / r) : null;

    /// <summary>True when the RII's 95% limits are published.</summary>
    public bool HasInterval => Summary.RiiLowerCl is not null && Summary.RiiUpperCl is not null;

    /// <summary>True when the RII's 95% interval leaves out 1 (a gap beyond chance); false when it includes 1 or is not published.</summary>
    public bool IsClear => Summary.RiiLowerCl is { } lo && Summary.RiiUpperCl is { } hi && (lo > 1 || hi < 1);

    /// <summary>Who is worse off, or <see cref="GapSide.NoJudgement"/> when neither higher nor lower is better.</summary>
    public GapSide WorseOff =>
        Rii is null ? GapSide.Unknown
        : HigherIsBetter is not { } higherIsBetter ? GapSide.NoJudgement
        : Rii == 1 ? GapSide.Neither
        : HigherAtMostDeprived != higherIsBetter ? GapSide.MostDeprived
        : GapSide.LeastDeprived;

    /// <summary>
    /// The size of the gap in the direction that is worse for the most deprived, on a log scale: positive
    /// when the most deprived are worse off (bigger = wider), negative when the least deprived are.
    /// Null without a polarity or an RII, so such indicators are ranked apart.
    /// </summary>
    public double? WorseForMostDeprived =>
        Rii is not { } r || HigherIsBetter is not { } higherIsBetter ? null
        : higherIsBetter ? Math.Log(r) : -Math.Log(r);

    /// <summary>The size of the gap whichever way it runs (log scale), for indicators without a polarity.</summary>
    public double? Size => Rii is { } r ? Math.Abs(Math.Log(r)) : null;

    /// <summary>The reading of an inequality summary, or null when there is none.</summary>
    public static GapReading? Of(InequalitySummary? summary, CatalogueEntry definition) =>
        summary is null ? null : new GapReading(summary, definition.HigherIsBetter);
}

/// <summary>Who a deprivation gap leaves worse off.</summary>
internal enum GapSide
{
    /// <summary>No RII to read.</summary>
    Unknown,

    /// <summary>The indicator has no polarity: the gap is a difference, not a disadvantage.</summary>
    NoJudgement,

    /// <summary>The RII is exactly 1.</summary>
    Neither,

    /// <summary>People in the most deprived neighbourhoods.</summary>
    MostDeprived,

    /// <summary>People in the least deprived neighbourhoods.</summary>
    LeastDeprived,
}
