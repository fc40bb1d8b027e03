using HealthGap.Core.Configuration;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>What to report: a store, the indicators, and which areas and periods.</summary>
/// <param name="StorePath">The store to read (opened read-only).</param>
/// <param name="Definitions">The indicators, in output order.</param>
public sealed record ReportRequest(string StorePath, IReadOnlyList<IndicatorDefinition> Definitions)
{
    /// <summary>Area types to report (null: all of them).</summary>
    public IReadOnlyList<string>? AreaTypes { get; init; }

    /// <summary>One period label for every indicator (2024-25), or null for each one's latest <see cref="PeriodCount"/>.</summary>
    public string? Period { get; init; }

    /// <summary>Where the code lists and reference data (the standard population) are read from.</summary>
    public HealthGapPaths Paths { get; init; } = HealthGapPaths.Shipped;

    /// <summary>How many latest complete periods when no <see cref="Period"/> is named.</summary>
    public int PeriodCount { get; init; } = 3;
}
