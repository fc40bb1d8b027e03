using MathNet.Numerics.Distributions;

namespace HealthGap.Core.WaitingList;

/// <summary>Crude and case-mix-adjusted gaps (<see cref="GapEstimate"/>) for every group of a breakdown.</summary>
internal static class GapEstimates
{
    public static IReadOnlyList<GapEstimate> For(Breakdown breakdown, CellStatistics cells, double confidence)
    {
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var adjusted = CaseMixRegression.Fit(cells, breakdown.ReferenceLevel);
        var crude = CaseMixRegression.Fit(cells.Collapsed(), breakdown.ReferenceLevel);
        var pathways = cells.Collapsed().Count;
        var result = new List<GapEstimate>(breakdown.Levels.Count - 1);
        for (var g = 0; g < breakdown.Levels.Count; g++)
        {
            if (g == breakdown.ReferenceLevel)
            {
                continue;
            }

            result.Add(new GapEstimate(
                breakdown.Id,
                breakdown.Levels[g].Label,
                breakdown.Reference.Label,
                (int)pathways[g],
                (int)pathways[breakdown.ReferenceLevel],
                Ratio(crude[g], z),
                Ratio(adjusted[g], z)));
        }

        return result;
    }

    private static RatioEstimate Ratio(GroupEffect? effect, double z) => effect is { } e && double.IsFinite(e.StandardError)
        ? new RatioEstimate(Math.Exp(e.Coefficient), Math.Exp(e.Coefficient - (z * e.StandardError)), Math.Exp(e.Coefficient + (z * e.StandardError)))
        : RatioEstimate.None;
}
