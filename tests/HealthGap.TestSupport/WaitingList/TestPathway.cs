using DuckDB.NET.Data;

namespace HealthGap.TestSupport.WaitingList;

/// <summary>A generated RTT pathway row of <c>waiting_list</c>.</summary>
public sealed record TestPathway(long PersonId, string Key, DateOnly Referral, string TreatmentFunction, string Priority, DateOnly? ClockStop)
{
    public void AppendTo(DuckDBAppender appender)
    {
        appender.CreateRow()
            .AppendValue(PersonId).AppendValue(Key).AppendValue(Referral).AppendValue(TreatmentFunction)
            .AppendValue(Priority).AppendValue("IRTT").AppendValue(ClockStop).AppendValue(PlantedWaits.Snapshot)
            .EndRow();
    }
}
