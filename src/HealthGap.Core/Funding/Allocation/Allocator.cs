using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HealthGap.Core.Reference;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Divides a budget over areas by a rule: the rule gives weights, this turns them into whole pounds
/// with <see cref="LargestRemainder"/> so that the shares (and any bid pot) add up exactly to the budget.
/// It owns rounding and provenance; it does not know how any rule weighs an area.
/// </summary>
public static class Allocator
{
    /// <summary>Computes one scenario.</summary>
    public static AllocationScenario Allocate(
        AllocationScope scope, IReadOnlyList<AllocationUnit> units, Budget budget, IAllocationRule rule, DataVintage data)
    {
        if (units.Count == 0)
        {
            throw new FundingInputException($"there are no areas to fund in {scope.Name}.");
        }

        var weights = rule.Weigh(units);
        if (weights.Units.Count != units.Count || weights.BidPotShare is < 0 or > 1)
        {
            throw new InvalidOperationException($"rule {rule.Id} returned {weights.Units.Count} weights for {units.Count} areas, bid pot share {weights.BidPotShare}");
        }

        long bidPot = 0;
        var distributable = budget.AmountPounds;
        if (weights.BidPotShare > 0)
        {
            var pots = LargestRemainder.Split(budget.AmountPounds, [1 - weights.BidPotShare, weights.BidPotShare]);
            distributable = pots[0];
            bidPot = pots[1];
        }

        if (distributable > 0 && weights.Units.Sum() == 0)
        {
            throw new FundingInputException(
                $"under the {rule.Id} rule every area in {scope.Name} has weight 0 (e.g. no residents, or all weights 0), so the money cannot be shared. Check the inputs or choose another rule.");
        }

        var amounts = LargestRemainder.Split(distributable, weights.Units);
        return new AllocationScenario
        {
            Id = Fingerprint(scope, budget, rule, data),
            RuleId = rule.Id,
            RuleTitle = rule.Title,
            Formula = rule.Formula,
            Explanation = rule.Explanation,
            Parameters = rule.Parameters,
            Scope = scope,
            Budget = budget,
            Lines = units.Select((u, i) => new AllocationLine(u, amounts[i])).ToArray(),
            BidPotPounds = bidPot,
            Core20Earmarked = weights.Core20Earmarked,
            Data = data,
            SoftwareVersion = typeof(Allocator).Assembly.GetName().Version?.ToString(3) ?? "unknown",
        };
    }

    /// <summary>Builds the areas of <paramref name="lsoas"/> at the scope's level and computes one scenario.</summary>
    public static AllocationScenario Allocate(
        ReferenceData reference, AllocationScope scope, IReadOnlyCollection<Lsoa> lsoas, NeighbourhoodGroups? groups, Budget budget, IAllocationRule rule) =>
        Allocate(scope, AllocationUnits.Build(lsoas, scope.Level, groups), budget, rule, ReferenceFingerprint.Of(reference));

    private static string Fingerprint(AllocationScope scope, Budget budget, IAllocationRule rule, DataVintage data)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{scope.Code}|{scope.Level}|{scope.GroupsSha256}|")
            .Append(CultureInfo.InvariantCulture, $"{budget.AmountPounds}|{budget.Years}|{budget.Recurrence}|{rule.Id}|");
        foreach (var (key, value) in rule.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{key}={value}|");
        }

        foreach (var (file, hash) in data.ReferenceFiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{file}={hash}|");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
