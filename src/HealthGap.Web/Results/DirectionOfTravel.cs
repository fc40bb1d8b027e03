namespace HealthGap.Web.Results;

/// <summary>
/// Whether a gap or a value changed since the previous period, judged cautiously: a change counts
/// only when the previous figure lies outside the current 95% confidence interval.
/// </summary>
internal static class DirectionOfTravel
{
    /// <summary>How the deprivation gap (the SII) moved since the previous period.</summary>
    public static Travel Gap(InequalitySummary? previous, InequalitySummary? current)
    {
        if (previous?.Sii is not { } before || current?.Sii is not { } now)
        {
            return Travel.NotEnoughData;
        }

        var outside = current.SiiLowerCl is { } lo && current.SiiUpperCl is { } hi && (before < lo || before > hi);
        return !outside ? Travel.NoClearChange : Math.Abs(now) < Math.Abs(before) ? Travel.Better : Travel.Worse;
    }

    /// <summary>How the whole-population value moved, read with the indicator's polarity.</summary>
    public static Travel Value(IndicatorValue? previous, IndicatorValue? current, bool? higherIsBetter)
    {
        if (previous?.Value is not { } before || current is not { HasValue: true, Value: { } now } || higherIsBetter is null)
        {
            return Travel.NotEnoughData;
        }

        var outside = current.LowerCl is { } lo && current.UpperCl is { } hi && (before < lo || before > hi);
        return !outside ? Travel.NoClearChange : (now > before) == higherIsBetter.Value ? Travel.Better : Travel.Worse;
    }
}

/// <summary>A direction of travel.</summary>
internal enum Travel
{
    /// <summary>Fewer than two periods, or a suppressed figure.</summary>
    NotEnoughData,

    /// <summary>No change beyond what chance could explain.</summary>
    NoClearChange,

    /// <summary>The gap narrowed, or the value improved.</summary>
    Better,

    /// <summary>The gap widened, or the value got worse.</summary>
    Worse,
}
