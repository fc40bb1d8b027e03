using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Funding.Comparison;

/// <summary>Several scenarios over the same areas, side by side.</summary>
public sealed record ScenarioComparison
{
    /// <summary>The scenarios, in the order shown.</summary>
    public required IReadOnlyList<AllocationScenario> Scenarios { get; init; }

    /// <summary>Headline figures per scenario, in the same order.</summary>
    public required IReadOnlyList<ScenarioSummary> Summaries { get; init; }

    /// <summary>One row per area, in code order.</summary>
    public required IReadOnlyList<ComparisonRow> Rows { get; init; }

    /// <summary>What the differences are from ("population share", "last year (file.csv)"), or null.</summary>
    public required string? BaselineLabel { get; init; }
}
