namespace HealthGap.Core.Funding.Allocation;

/// <summary>The parameters a rule may take; each rule reads only its own.</summary>
public sealed record AllocationRuleOptions
{
    /// <summary>Share of the budget to Core20 areas under <c>core20-split</c> (0–1; default 0.8).</summary>
    public decimal Core20Share { get; init; } = 0.8m;

    /// <summary>Extra weight of a Core20 resident under <c>need-core20</c> (default 1: counts twice).</summary>
    public decimal Core20Uplift { get; init; } = 1m;

    /// <summary>Weights (<c>custom</c>) or indicator values (<c>need-index</c>) CSV.</summary>
    public string? WeightsFile { get; init; }

    /// <summary>
    /// <c>need-index</c> from HealthGap's own report: the <c>indicators.csv</c> written by <c>healthgap report</c>
    /// (with <c>catalogue.json</c> beside it); the indicators are those named in <see cref="IndicatorWeights"/>.
    /// </summary>
    public string? NeedReportFile { get; init; }

    /// <summary>Weights of the indicators under <c>need-index</c>, by column name; none = equal.</summary>
    public IReadOnlyDictionary<string, decimal>? IndicatorWeights { get; init; }
}
