namespace HealthGap.Core.Funding.Allocation;

/// <summary>Shares equally between areas, whatever their size.</summary>
internal sealed class EqualRule : IAllocationRule
{
    public string Id => "equal";

    public string Title => "Equal shares";

    public string Formula => "amount_i = budget / n  (n = number of areas)";

    public string Explanation =>
        "Every area gets the same amount, however many people live there and however deprived they are. " +
        "It is simple and treats partners alike, but residents of large or deprived areas get less per head than those of small or affluent ones.";

    public IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>();

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units) =>
        new(units.Select(_ => 1m).ToArray());
}
