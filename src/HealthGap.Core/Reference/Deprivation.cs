namespace HealthGap.Core.Reference;

/// <summary>The national deprivation groupings every HealthGap figure is broken down by.</summary>
internal static class Deprivation
{
    /// <summary>Core20 is the most deprived 20% of LSOAs nationally: IMD deciles 1 and 2.</summary>
    public const int Core20MaximumDecile = 2;

    /// <summary>National IMD quintile (1–5) of a national decile (1–10).</summary>
    public static int QuintileFromDecile(int decile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decile, 10);
        return (decile + 1) / 2;
    }
}
