using System.Globalization;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>Population with every Core20 resident counted (1 + uplift) times.</summary>
internal sealed class NeedCore20Rule(decimal uplift) : IAllocationRule
{
    public string Id => "need-core20";

    public string Title => "Population, Core20 weighted";

    public string Formula => string.Create(CultureInfo.InvariantCulture,
        $"amount_i = budget × (pop_i + {uplift} × core20pop_i) / Σ_j (pop_j + {uplift} × core20pop_j)  (core20pop = residents of national IMD deciles 1–2)");

    public string Explanation => string.Create(CultureInfo.InvariantCulture,
        $"Each resident counts once, and each resident of a Core20 neighbourhood (the most deprived 20% in England) counts " +
        $"{1 + uplift} times. Areas with more Core20 residents get more per head, and every area still gets a population share.");

    public IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>
    {
        ["core20_uplift"] = uplift.ToString(CultureInfo.InvariantCulture),
    };

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units) =>
        new(units.Select(u => u.Population + (uplift * u.Core20Population)).ToArray());
}
