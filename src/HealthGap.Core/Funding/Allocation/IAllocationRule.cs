namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// A rule that says how a budget is shared between areas. A rule only produces relative weights (and,
/// for split rules, the share kept back as a bid pot); turning weights into whole pounds is done once,
/// by <see cref="Allocator"/>, so every rule rounds the same way.
/// </summary>
public interface IAllocationRule
{
    /// <summary>Identifier used on the command line and in exports, e.g. <c>need-imd</c>.</summary>
    string Id { get; }

    /// <summary>Short title for tables and charts.</summary>
    string Title { get; }

    /// <summary>The formula as text, with its parameters filled in, so a scenario can be re-derived by hand.</summary>
    string Formula { get; }

    /// <summary>A plain-language explanation for a board paper: what the rule does and what it favours.</summary>
    string Explanation { get; }

    /// <summary>The rule's parameters as text (e.g. the Core20 share, the weights file and its hash).</summary>
    IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>Weights for each unit, in the order given, and the share kept back as a bid pot.</summary>
    AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units);
}
