using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>The options every <c>healthgap stats</c> method shares, plus method-specific column names.</summary>
internal sealed record StatsRequest(string Input, string Output, IReadOnlyList<string> GroupBy, ConfidenceLevels Confidence,
    double? Multiplier, int? Seed, IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, string> Settings)
{
    public string ColumnName(string role) => Columns.TryGetValue(role, out var name) ? name : role;

    public string Setting(string name, string fallback) => Settings.TryGetValue(name, out var value) ? value : fallback;

    /// <summary>A number setting; anything else is an error naming the setting.</summary>
    /// <exception cref="StatisticsException">The value is not a finite number.</exception>
    public double Number(string name, double fallback)
    {
        var text = Setting(name, fallback.ToString(CultureInfo.InvariantCulture));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new StatisticsException($"--set {name}={text}: expected a number");
    }

    /// <summary>A whole-number setting between <paramref name="min"/> and <paramref name="max"/>.</summary>
    /// <exception cref="StatisticsException">The value is not a whole number in range.</exception>
    public int WholeNumber(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Setting(name, fallback.ToString(CultureInfo.InvariantCulture));
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new StatisticsException($"--set {name}={text}: expected a whole number" + (min > int.MinValue ? $" from {min.ToString(CultureInfo.InvariantCulture)}" : "")
                + (max < int.MaxValue ? $" to {max.ToString(CultureInfo.InvariantCulture)}" : ""));
    }

    /// <summary>A true/false setting.</summary>
    /// <exception cref="StatisticsException">The value is neither true nor false.</exception>
    public bool Flag(string name, bool fallback) =>
        Setting(name, fallback ? "true" : "false").ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            var other => throw new StatisticsException($"--set {name}={other}: expected true or false"),
        };

    /// <summary>One of a fixed set of words.</summary>
    /// <exception cref="StatisticsException">The value is not one of <paramref name="choices"/>.</exception>
    public string Choice(string name, string fallback, params string[] choices)
    {
        var value = Setting(name, fallback);
        return choices.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? value.ToLowerInvariant()
            : throw new StatisticsException($"--set {name}={value}: expected one of {string.Join(", ", choices)}");
    }

    public TextWriter OpenOutput(TextWriter stdout) =>
        Output == "-" ? stdout : new StreamWriter(Output, false, new System.Text.UTF8Encoding(false), 1 << 16);
}
