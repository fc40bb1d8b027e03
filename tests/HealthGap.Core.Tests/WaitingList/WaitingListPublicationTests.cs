using HealthGap.Core.Disclosure;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.TestSupport.WaitingList;

namespace HealthGap.Core.Tests.WaitingList;

public class WaitingListPublicationTests
{
    private static readonly Lazy<(WaitingListResult Result, PublishedWaitingList Published)> Small = new(() =>
    {
        using var store = WaitingListTestStore.Create(new PlantedWaits(Seed: 5, People: 400));
        var result = new WaitingListAnalysis().Run(store.Path, WaitingListPeriod.EndingAt(PlantedWaits.Snapshot));
        return (result, WaitingListPublication.Publish(result, DisclosureGate.Standard));
    });

    [Fact]
    public void Publish_SmallGroups_EveryCountHiddenOrRoundedNeverSmall()
    {
        var published = Small.Value.Published;
        var counts = published.Open.Concat(published.Completed).Concat(published.ByTreatmentFunction).Select(s => s.Pathways)
            .Concat(published.Open.SelectMany(s => s.Over.Select(o => o.Count)))
            .Concat(published.WithinSpecialty.SelectMany(c => new[] { c.Pathways, c.ReferencePathways }))
            .ToArray();

        Assert.Contains(null, counts);
        Assert.All(counts, c => Assert.True(c is null or 0 || (c >= 8 && c % 5 == 0), $"published count {c}"));
    }

    [Fact]
    public void Publish_HiddenGroup_ItsQuantilesPercentagesAndGapsHiddenToo()
    {
        var published = Small.Value.Published;
        var hidden = published.Open.Where(s => s.Pathways is null).ToArray();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, s =>
        {
            Assert.Null(s.Median);
            Assert.Null(s.Percentile92);
            Assert.All(s.Over, o => Assert.Null(o.Percent));
        });
        Assert.All(
            published.OpenGaps.Where(g => hidden.Any(h => h.Breakdown == g.Breakdown && h.Group == g.Group)),
            g => Assert.Null(g.Adjusted));
        Assert.All(published.WithinSpecialty.Where(c => c.Pathways is null), c => Assert.Null(c.Difference));
    }

    [Fact]
    public void Publish_AnyBreakdownWithAHiddenGroup_AtLeastTwoHiddenSoNoneRecoverable()
    {
        var published = Small.Value.Published;
        foreach (var breakdown in published.Breakdowns.Where(b => b != WaitingListBreakdowns.All))
        {
            var hidden = published.Open.Count(s => s.Breakdown == breakdown.Id && s.Pathways is null);
            Assert.True(hidden is 0 or >= 2, $"{breakdown.Id}: {hidden} hidden group(s) could be recovered from the total");
        }
    }

    [Fact]
    public void Publish_PolicyLabelCarried()
    {
        Assert.Equal("HealthGap standard v1", Small.Value.Published.DisclosurePolicy);
    }

    [Fact]
    public void GateInput_ConsistentDeprivation_DecilesTiedToQuintilesAndCore20()
    {
        var result = Small.Value.Result;
        var table = WaitingListGateInput.Pathways("test", result.Breakdowns, result.Open, result.ByTreatmentFunction, result.GroupsByTreatmentFunction);

        Assert.Contains(table.Margins, m => m.Total == "imd_quintile|1 (most deprived)|n" && m.Parts.SequenceEqual(["imd_decile|1 (most deprived)|n", "imd_decile|2|n"]));
        Assert.Contains(table.Margins, m => m.Total == "core20|Core20|n");
        Assert.Contains(table.Margins, m => m.Total == "imd_quintile|1 (most deprived)|n" && m.Parts.Contains("imd_quintile_x_ethnic_group|1 (most deprived) · Asian|n"));
        Assert.Contains(table.Margins, m => m.Total == "treatment_function|110|n");
    }
}
