using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

public sealed class RecordKeyFilterTests
{
    [Fact]
    public void TestAndAdd_FirstTimeThenAgain_FalseThenTrue()
    {
        var filter = new RecordKeyFilter(1000);
        Assert.False(filter.TestAndAdd("gp_events:E1"));
        Assert.True(filter.TestAndAdd("gp_events:E1"));
        Assert.False(filter.TestAndAdd("gp_appointments:E1"));
    }

    [Fact]
    public void TestAndAdd_OverfilledFilter_NeverMissesARepeat()
    {
        // Sized for 100 keys, given 200,000: many false positives, but a repeat must always be flagged.
        var filter = new RecordKeyFilter(100);
        var keys = Enumerable.Range(0, 200_000).Select(i => "gp_events:E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var key in keys)
        {
            filter.TestAndAdd(key);
        }

        Assert.All(keys, key => Assert.True(filter.TestAndAdd(key)));
    }

    [Fact]
    public void TestAndAdd_WellSizedFilter_FewFalsePositives()
    {
        var filter = new RecordKeyFilter(100_000);
        var flagged = Enumerable.Range(0, 100_000).Count(i => filter.TestAndAdd("waiting_list:W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(flagged < 100, $"{flagged} of 100,000 distinct keys flagged as possible repeats.");
    }
}
