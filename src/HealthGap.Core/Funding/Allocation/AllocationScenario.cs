namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// A budget divided over areas by one rule, with everything needed to reproduce it: the inputs, the
/// rule's formula and parameters, and the data vintage with reference file hashes. The pounds in
/// <see cref="Lines"/> plus <see cref="BidPotPounds"/> always add up exactly to the budget's amount.
/// </summary>
public sealed record AllocationScenario
{
    /// <summary>A fingerprint of the inputs: the same inputs on the same data always give the same id.</summary>
    public required string Id { get; init; }

    /// <summary>The rule's identifier, e.g. <c>core20-split</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title.</summary>
    public required string RuleTitle { get; init; }

    /// <summary>The formula, with parameters filled in.</summary>
    public required string Formula { get; init; }

    /// <summary>A plain-language explanation for a board paper.</summary>
    public required string Explanation { get; init; }

    /// <summary>The rule's parameters.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>What was funded.</summary>
    public required AllocationScope Scope { get; init; }

    /// <summary>The budget.</summary>
    public required Budget Budget { get; init; }

    /// <summary>Each area's share, in code order.</summary>
    public required IReadOnlyList<AllocationLine> Lines { get; init; }

    /// <summary>Money held back for bids (split rules), given to no area.</summary>
    public required long BidPotPounds { get; init; }

    /// <summary>True when each area's money is earmarked for its Core20 residents (the Core20 split rule).</summary>
    public required bool Core20Earmarked { get; init; }

    /// <summary>The data the scenario stands on.</summary>
    public required DataVintage Data { get; init; }

    /// <summary>The HealthGap version that computed it.</summary>
    public required string SoftwareVersion { get; init; }

    /// <summary>Residents of all the areas.</summary>
    public long Population => Lines.Sum(l => l.Unit.Population);

    /// <summary>Core20 residents of all the areas.</summary>
    public long Core20Population => Lines.Sum(l => l.Unit.Core20Population);
}
