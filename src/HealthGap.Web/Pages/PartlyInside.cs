using HealthGap.Core.Funding.Comparison;
using HealthGap.Core.Reference;

namespace HealthGap.Web.Pages;

/// <summary>
/// A place (local authority district) of which fewer than half the residents live in the ICB, and the
/// pounds per resident the equal-shares rule gives it: every place gets the same sum however few of its
/// people are in the ICB, so a sliver of a district can get many times the ICB's average per head.
/// </summary>
internal sealed record PartlyInside(string Name, long PopulationInIcb, long PopulationOfDistrict, double? EqualSharePerHead)
{
    private const string EqualRule = "equal";

    public static IReadOnlyList<PartlyInside> Find(ScenarioComparison comparison, IReadOnlyList<Lsoa> england)
    {
        var equal = comparison.Scenarios.Select((s, i) => (s.RuleId, i)).FirstOrDefault(s => s.RuleId == EqualRule);
        var districts = england.GroupBy(l => l.Lad.Code).ToDictionary(g => g.Key, g => g.Sum(l => (long)l.Population.Total), StringComparer.Ordinal);
        return
        [
            .. comparison.Rows
                .Where(r => districts.TryGetValue(r.Unit.Code, out var whole) && r.Unit.Population * 2 < whole)
                .Select(r => new PartlyInside(
                    r.Unit.Name, r.Unit.Population, districts[r.Unit.Code],
                    equal.RuleId is null || r.Unit.Population == 0 ? null : r.AmountsPounds[equal.i] / (double)r.Unit.Population)),
        ];
    }
}
