using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>The options every <c>healthgap stats</c> method shares, plus method-specific column names.</summary>
internal sealed record StatsRequest(string Input, string Output, IReadOnlyList<string> GroupBy, ConfidenceLevels Confidence,
    double? Multiplier, int? Seed, IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, string> Settings)
{
    public string ColumnName(string role) => Columns.TryGetValue(role, out var name) ? name : role;

    public string Setting(string name, string fallback) => Settings.TryGetValue(name, out var value) ? value : fallback;

    public TextWriter OpenOutput(TextWriter stdout) =>
        Output == "-" ? stdout : new StreamWriter(Output, false, new System.Text.UTF8Encoding(false), 1 << 16);
}
