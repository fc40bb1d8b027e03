namespace HealthGap.Core.Funding.Allocation;

/// <summary>Shares in proportion to weights the user supplies per area (CSV: <c>code,weight</c>).</summary>
internal sealed class CustomWeightsRule(string path) : IAllocationRule
{
    private readonly UnitValues _weights = new(path, ["weight"]);

    public string Id => "custom";

    public string Title => "Custom weights";

    public string Formula => $"amount_i = budget × weight_i / Σ_j weight_j  (weights from {_weights.FileName})";

    public string Explanation =>
        $"Each area gets a share in proportion to a weight agreed locally and written in {_weights.FileName}. " +
        "The rule is only as fair as the weights: the board paper should say where they come from.";

    public IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>
    {
        ["weights_file"] = _weights.FileName,
        ["weights_sha256"] = _weights.Sha256,
    };

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units) =>
        new(_weights.Match(units).Select(v => v[0]).ToArray());
}
