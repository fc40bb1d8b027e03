using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Core.Tests.Indicators.Reporting;

public sealed class RunGroupingTests
{
    [Fact]
    public void Group_ContiguousArray_GivesSlicesInFirstSeenOrder()
    {
        int[] items = [10, 11, 20, 30, 31, 32];
        var groups = RunGrouping.Group(items, i => i / 10);
        Assert.Equal([1, 2, 3], groups.Select(g => g.Key));
        Assert.Equal([30, 31, 32], groups[2].Items);
        Assert.IsType<ArraySegment<int>>(groups[2].Items);
    }

    [Fact]
    public void Group_KeyInSeveralRuns_GivesWhatGroupByGives()
    {
        int[] items = [10, 20, 11, 30, 21, 12, 31];
        var groups = RunGrouping.Group(items, i => i / 10);
        var expected = items.GroupBy(i => i / 10).ToList();
        Assert.Equal(expected.Select(g => g.Key), groups.Select(g => g.Key));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], groups[i].Items);
        }
    }

    [Fact]
    public void Group_List_GivesWhatGroupByGives()
    {
        List<string> items = ["a1", "a2", "b1", "a3"];
        var groups = RunGrouping.Group(items, s => s[0]);
        Assert.Equal(['a', 'b'], groups.Select(g => g.Key));
        Assert.Equal(["a1", "a2", "a3"], groups[0].Items);
    }
}
