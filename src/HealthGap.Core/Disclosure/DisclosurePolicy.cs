namespace HealthGap.Core.Disclosure;

/// <summary>
/// The statistical disclosure control rules applied by <see cref="DisclosureGate"/>. Thresholds can be
/// tightened or adjusted by configuration, but suppression and secondary suppression cannot be
/// switched off: the constructor refuses a policy that would publish counts of 1 or 2.
/// </summary>
public sealed record DisclosurePolicy
{
    /// <summary>The smallest threshold any policy may use: counts 1–2 are never published.</summary>
    public const int MinimumAllowedThreshold = 3;

    /// <summary>Creates a policy after checking it still protects small counts.</summary>
    /// <param name="name">Name written into every output, e.g. "HealthGap standard".</param>
    /// <param name="version">Version written into every output, e.g. "1".</param>
    /// <param name="smallestPublishedCount">Counts from 1 to this value minus one are suppressed (default 8: counts 1–7).</param>
    /// <param name="roundTo">Published counts are rounded to the nearest multiple of this (1 = no rounding).</param>
    public DisclosurePolicy(string name, string version, int smallestPublishedCount, int roundTo)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(version))
        {
            throw new ArgumentException("a disclosure policy needs a name and a version: both are written into every output.");
        }

        if (smallestPublishedCount < MinimumAllowedThreshold || smallestPublishedCount > 1000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(smallestPublishedCount),
                smallestPublishedCount,
                $"the smallest published count must be between {MinimumAllowedThreshold} and 1000; disclosure control cannot be switched off for outward outputs.");
        }

        if (roundTo < 1 || roundTo > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(roundTo), roundTo, "counts must be rounded to a multiple between 1 (no rounding) and 100.");
        }

        Name = name;
        Version = version;
        SmallestPublishedCount = smallestPublishedCount;
        RoundTo = roundTo;
    }

    /// <summary>
    /// HealthGap standard v1: counts 1–7 suppressed, other counts rounded to the nearest 5, values
    /// hidden when the numerator is suppressed or the denominator is under 8, secondary suppression.
    /// </summary>
    public static DisclosurePolicy Standard { get; } = new("HealthGap standard", "1", 8, 5);

    /// <summary>Policy name written into every output.</summary>
    public string Name { get; }

    /// <summary>Policy version written into every output.</summary>
    public string Version { get; }

    /// <summary>Counts from 1 to this value minus one are suppressed; denominators below it hide the value.</summary>
    public int SmallestPublishedCount { get; }

    /// <summary>Published counts are rounded to the nearest multiple of this.</summary>
    public int RoundTo { get; }

    /// <summary>"Name vVersion", e.g. "HealthGap standard v1".</summary>
    public string Label => $"{Name} v{Version}";

    /// <summary>True when a count must not be published on its own merits (1 to threshold − 1).</summary>
    public bool IsSmall(long count) => count > 0 && count < SmallestPublishedCount;

    /// <summary>Rounds a publishable count to the nearest multiple of <see cref="RoundTo"/>, halves away from zero.</summary>
    public long Round(long count) =>
        (long)Math.Round(count / (double)RoundTo, MidpointRounding.AwayFromZero) * RoundTo;
}
