using System.Globalization;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// "X% to Core20 communities, the rest for bids": the Core20 share goes to areas by their Core20
/// residents; the remainder is a bid pot, shown as its own line and given to no area.
/// </summary>
internal sealed class Core20SplitRule(decimal core20Share) : IAllocationRule
{
    public string Id => "core20-split";

    public string Title => string.Create(CultureInfo.InvariantCulture, $"{core20Share * 100:0.##}% Core20 / {(1 - core20Share) * 100:0.##}% bids");

    public string Formula => string.Create(CultureInfo.InvariantCulture,
        $"core20 pot = {core20Share} × budget; amount_i = core20 pot × core20pop_i / Σ_j core20pop_j; bid pot = budget − core20 pot");

    public string Explanation => string.Create(CultureInfo.InvariantCulture,
        $"{core20Share * 100:0.##}% of the money goes to the Core20 communities (the most deprived 20% of neighbourhoods in England), " +
        $"shared by how many people live in them; areas with no Core20 neighbourhood get none of it. The other " +
        $"{(1 - core20Share) * 100:0.##}% is kept as a pot that local partners (PCNs, the VCSE, councils) bid for.");

    public IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>
    {
        ["core20_share"] = core20Share.ToString(CultureInfo.InvariantCulture),
    };

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units)
    {
        if (core20Share > 0 && units.All(u => u.Core20Population == 0))
        {
            throw new FundingInputException(
                "the core20-split rule has no Core20 residents to fund: none of these areas is in the most deprived 20% nationally. " +
                "Use another rule (e.g. need-imd), or --core20-share 0 to put everything in the bid pot.");
        }

        return new(units.Select(u => (decimal)u.Core20Population).ToArray(), 1 - core20Share, Core20Earmarked: true);
    }
}
