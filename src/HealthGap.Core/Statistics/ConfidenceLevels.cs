using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>
/// The confidence levels requested for a measure, validated the way PHEindicatormethods does:
/// each level in [0.9, 1] or [90, 100] (values of 90 and above are percentages).
/// </summary>
public sealed record ConfidenceLevels
{
    private ConfidenceLevels(IReadOnlyList<double> levels)
    {
        Levels = levels;
    }

    /// <summary>The levels as fractions, in the order requested.</summary>
    public IReadOnlyList<double> Levels { get; }

    /// <summary>95 %, the package default.</summary>
    public static ConfidenceLevels Default { get; } = new([0.95]);

    /// <summary>No confidence limits (allowed for proportions only).</summary>
    public static ConfidenceLevels None { get; } = new([]);

    /// <summary>The pair (95 %, 99.8 %) that the closed-form methods allow.</summary>
    public static ConfidenceLevels Standard95And998 { get; } = new([0.95, 0.998]);

    /// <summary>
    /// Any number of levels (life expectancy and SII accept this). Levels of 90 or more are read
    /// as percentages.
    /// </summary>
    /// <exception cref="StatisticsException">A level is outside [0.9, 1] and [90, 100].</exception>
    public static ConfidenceLevels Of(params double[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var fractions = new double[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (double.IsNaN(level) || level < 0.9 || (level > 1 && level < 90) || level > 100)
            {
                throw new StatisticsException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"confidence level must be between 90 and 100 or between 0.9 and 1 (got {level})"));
            }

            fractions[i] = level >= 90 ? level / 100 : level;
        }

        return new ConfidenceLevels(fractions);
    }

    /// <summary>Parses <c>0.95</c>, <c>95</c> or <c>0.95,0.998</c> (invariant culture).</summary>
    /// <exception cref="StatisticsException">The text is not a comma-separated list of valid levels.</exception>
    public static ConfidenceLevels Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new StatisticsException($"confidence must be numeric (got '{parts[i]}'); use e.g. 0.95 or 0.95,0.998");
            }
        }

        return Of(values);
    }

    /// <summary>
    /// The rule of the closed-form methods (proportion, rate, mean, DSR, ISR): one level, or
    /// exactly (0.95, 0.998).
    /// </summary>
    /// <exception cref="StatisticsException">More than two levels, or a pair other than 95 % and 99.8 %.</exception>
    public ConfidenceLevels RequireOneOrStandardPair()
    {
        if (Levels.Count > 2)
        {
            throw new StatisticsException("a maximum of two confidence levels can be provided");
        }

        if (Levels.Count == 2 && !(Same(Levels[0], 0.95) && Same(Levels[1], 0.998)))
        {
            throw new StatisticsException("two confidence levels can only be produced if they are specified as 0.95 and 0.998");
        }

        return this;
    }

    /// <summary>The metadata text the package writes, e.g. <c>95%</c> or <c>95%, 99.8%</c>.</summary>
    public string Label => string.Join(", ", Levels.Select(l => (l * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%"));

    /// <summary>The column suffix for one level (0.95 → <c>95_0</c>).</summary>
    public static string SuffixFor(double level) =>
        (level * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', '_');

    /// <inheritdoc />
    public bool Equals(ConfidenceLevels? other) => other is not null && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc />
    public override int GetHashCode() => Levels.Aggregate(0, (h, l) => HashCode.Combine(h, l));

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-12;
}
