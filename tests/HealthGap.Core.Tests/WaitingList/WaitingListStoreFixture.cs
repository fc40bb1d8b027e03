using HealthGap.Core.WaitingList;
using HealthGap.TestSupport.WaitingList;

namespace HealthGap.Core.Tests.WaitingList;

/// <summary>One planted store and its analysis, shared by the tests that only read them.</summary>
public sealed class WaitingListStoreFixture : IDisposable
{
    private readonly WaitingListTestStore _store;

    public WaitingListStoreFixture()
    {
        Planted = new PlantedWaits();
        _store = WaitingListTestStore.Create(Planted);
        Result = new WaitingListAnalysis().Run(_store.Path, WaitingListPeriod.EndingAt(PlantedWaits.Snapshot));
    }

    internal PlantedWaits Planted { get; }

    public WaitingListResult Result { get; }

    public void Dispose() => _store.Dispose();
}
