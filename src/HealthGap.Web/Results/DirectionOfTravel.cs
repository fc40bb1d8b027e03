using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Web.Results;

/// <summary>
/// Direction of travel as the report tested it (<see cref="InequalityTrends"/>): the gap by the z test for a
/// change in the SII since the first period reported, the whole-area value by Fingertips' recent-trend test
/// over the last five periods. Nothing is judged here from two figures' intervals.
/// </summary>
internal static class DirectionOfTravel
{
    /// <summary>How the deprivation gap (the SII) moved since the first reported period.</summary>
    public static Travel Gap(InequalitySummary? summary) => summary?.GapTrend switch
    {
        InequalityTrends.Narrowing => Travel.Better,
        InequalityTrends.Widening => Travel.Worse,
        InequalityTrends.NoSignificantChange => Travel.NoClearChange,
        InequalityTrends.NotAvailable => Travel.NotAvailable,
        _ => Travel.NotEnoughData,
    };

    /// <summary>The whole-area value's recent trend, read with the indicator's polarity (rising or falling without one).</summary>
    public static Travel Value(InequalitySummary? summary, bool? higherIsBetter) => summary?.ValueTrend switch
    {
        InequalityTrends.Increasing => higherIsBetter is null ? Travel.Up : higherIsBetter.Value ? Travel.Better : Travel.Worse,
        InequalityTrends.Decreasing => higherIsBetter is null ? Travel.Down : higherIsBetter.Value ? Travel.Worse : Travel.Better,
        InequalityTrends.NoSignificantChange => Travel.NoClearChange,
        InequalityTrends.NotAvailable => Travel.NotAvailable,
        _ => Travel.NotEnoughData,
    };
}

/// <summary>A direction of travel.</summary>
internal enum Travel
{
    /// <summary>Too few periods for the test (the first period, or fewer than five for a value trend), or an older report.</summary>
    NotEnoughData,

    /// <summary>No change beyond what chance could explain.</summary>
    NoClearChange,

    /// <summary>The gap narrowed, or the value improved.</summary>
    Better,

    /// <summary>The gap widened, or the value got worse.</summary>
    Worse,

    /// <summary>An input of the test is hidden or has no value.</summary>
    NotAvailable,

    /// <summary>The value rose, for an indicator where neither direction is better.</summary>
    Up,

    /// <summary>The value fell, for an indicator where neither direction is better.</summary>
    Down,
}
