namespace HealthGap.Core.Funding.Allocation;

/// <summary>Creates the allocation rules by name, with their parameters checked.</summary>
public static class AllocationRules
{
    /// <summary>Every rule's identifier, in the order a comparison shows them.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["population", "need-imd", "need-core20", "need-index", "equal", "core20-split", "custom"];

    /// <summary>The default rules compared side by side (those that need no extra file).</summary>
    public static IReadOnlyList<string> DefaultComparison { get; } = ["population", "need-imd", "need-core20", "equal", "core20-split"];

    /// <summary>Creates the rule <paramref name="id"/>.</summary>
    public static IAllocationRule Create(string id, AllocationRuleOptions options) => id.Trim().ToLowerInvariant() switch
    {
        "population" => new PopulationRule(),
        "equal" => new EqualRule(),
        "need-imd" => new NeedImdRule(),
        "need-core20" => new NeedCore20Rule(Check(options.Core20Uplift, 0, 100, "--core20-uplift", "1 (a Core20 resident counts twice)")),
        "core20-split" => new Core20SplitRule(Check(options.Core20Share, 0, 1, "--core20-share", "0.8 (80% to Core20, 20% for bids)")),
        "custom" => new CustomWeightsRule(options.WeightsFile ?? throw new FundingInputException(
            "the custom rule needs a weights file: --weights FILE.csv with columns code,weight (one row per area).")),
        "need-index" => new NeedIndexRule(NeedValues(options), options.IndicatorWeights),
        _ => throw new FundingInputException($"there is no allocation rule '{id}'. Rules: {string.Join(", ", Ids)}."),
    };

    private static INeedValues NeedValues(AllocationRuleOptions options) => (options.WeightsFile, options.NeedReportFile) switch
    {
        ({ } _, { } _) => throw new FundingInputException("give the need-index values one way: --weights FILE.csv or --need-from-report indicators.csv, not both."),
        (null, { } report) => ReportNeedValues.Read(report, options.IndicatorWeights),
        ({ } csv, null) => new UnitValues(csv),
        _ => throw new FundingInputException(
            "the need-index rule needs indicator values: --need-from-report indicators.csv (from 'healthgap report') with --indicator-weight ID=W, " +
            "or --weights FILE.csv with a code column and one column per indicator (higher = more need)."),
    };

    private static decimal Check(decimal value, decimal min, decimal max, string option, string example) =>
        value >= min && value <= max
            ? value
            : throw new FundingInputException($"{option} is {value}; it must be between {min} and {max}, e.g. {example}.");
}
