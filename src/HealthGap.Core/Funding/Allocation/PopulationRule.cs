namespace HealthGap.Core.Funding.Allocation;

/// <summary>Shares in proportion to resident population.</summary>
internal sealed class PopulationRule : IAllocationRule
{
    public string Id => "population";

    public string Title => "Population share";

    public string Formula => "amount_i = budget × pop_i / Σ_j pop_j  (pop = IoD2019 mid-2015 residents)";

    public string Explanation =>
        "Each area gets the same amount for every resident, whatever their circumstances. It is simple and " +
        "easy to defend, but it does not target deprivation: a well-off area and a deprived area of the same size get the same.";

    public IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>();

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units) =>
        new(units.Select(u => (decimal)u.Population).ToArray());
}
