namespace HealthGap.Core.Funding.Allocation;

/// <summary>Population weighted by the IMD 2019 score of the LSOA each resident lives in.</summary>
internal sealed class NeedImdRule : IAllocationRule
{
    public string Id => "need-imd";

    public string Title => "Population × IMD score";

    public string Formula => "amount_i = budget × Σ_(l in i) pop_l × IMD_l / Σ_(all l) pop_l × IMD_l  (IMD_l = IMD 2019 score of LSOA l)";

    public string Explanation =>
        "Each resident is counted by how deprived their neighbourhood is (its IMD 2019 score), so an area gets more " +
        "the more people it has and the more deprived they are. A resident of a neighbourhood scoring 40 counts four times one " +
        "scoring 10. Every area still gets something: this is proportionate universalism.";

    public IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>();

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units) =>
        new(units.Select(u => (decimal)u.ImdScorePopulationSum).ToArray());
}
