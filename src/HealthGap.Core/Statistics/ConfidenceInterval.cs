using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>Confidence limits at one level. A null limit means "not available" (NA in the R package).</summary>
/// <param name="Level">Confidence level as a fraction, e.g. 0.95.</param>
/// <param name="Lower">Lower limit, or null when it cannot be computed.</param>
/// <param name="Upper">Upper limit, or null when it cannot be computed.</param>
public sealed record ConfidenceInterval(double Level, double? Lower, double? Upper)
{
    /// <summary>
    /// The column suffix PHEindicatormethods builds for this level: the level × 100 with one
    /// decimal place and "." replaced by "_" (0.95 → <c>95_0</c>, 0.998 → <c>99_8</c>).
    /// </summary>
    public string Suffix => ConfidenceLevels.SuffixFor(Level);

    internal static ConfidenceInterval Of(double level, double lower, double upper) =>
        new(level, Na.ToNullable(lower), Na.ToNullable(upper));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Level:P1} [{Lower}, {Upper}]");
}
