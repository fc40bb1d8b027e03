using HealthGap.Core.WaitingList;
using HealthGap.TestSupport.WaitingList;

namespace HealthGap.Core.Tests.WaitingList;

public class PathwayReaderTests
{
    private static readonly WaitingListPeriod Period = WaitingListPeriod.EndingAt(new DateOnly(2025, 3, 31));

    [Fact]
    public void Run_SnapshotBoundaries_OnlyPathwaysOpenAtSnapshotCounted()
    {
        using var store = WaitingListTestStore.Empty();
        store.Execute("""
            INSERT INTO person (person_id, pseudonym, sex, ethnic_group, imd_decile, imd_quintile, core20, interpreter_needed, birth_month)
            VALUES (1, 'p1', 'F', 'Asian', 1, 1, true, true, DATE '1990-06-01');
            INSERT INTO waiting_list (person_id, pathway_key, referral_date, treatment_function_code, priority, clock_stop_date) VALUES
              (1, 'open', DATE '2025-01-01', '110', 'routine', NULL),
              (1, 'referred on snapshot', DATE '2025-03-31', '110', 'routine', NULL),
              (1, 'stops after snapshot', DATE '2024-12-01', '110', 'routine', DATE '2025-04-02'),
              (1, 'stopped on snapshot', DATE '2024-12-01', '110', 'routine', DATE '2025-03-31'),
              (1, 'referred after snapshot', DATE '2025-04-01', '110', 'routine', NULL),
              (2, 'no person row', DATE '2025-02-01', NULL, NULL, NULL);
            """);

        var result = new WaitingListAnalysis().Run(store.Path, Period);

        Assert.Equal(4, Single(result.Open, "all", "All").Pathways);
        Assert.Equal(1, Single(result.Completed, "all", "All").Pathways);
        Assert.Equal(1, Single(result.Open, "ethnic_group", "Unknown").Pathways);
        Assert.Equal(3, Single(result.Open, "interpreter_needed", "Yes").Pathways);
        Assert.Equal(3, Single(result.Open, "age_band", "19–64").Pathways);
        Assert.Contains(result.ByTreatmentFunction, s => s.Group == "unknown" && s.Pathways == 1);
    }

    [Fact]
    public void Run_StoreWithoutWaitingList_SaysWhatToDo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"healthgap-empty-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
            {
                connection.Open();
            }

            var error = Assert.Throws<WaitingListStoreException>(() => new WaitingListAnalysis().Run(path, Period));
            Assert.Contains("no waiting_list or person table", error.Message);
            Assert.Contains("healthgap ingest", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_MissingStoreFile_NamesThePath()
    {
        var error = Assert.Throws<WaitingListStoreException>(() => new WaitingListAnalysis().Run("/nonexistent/store.duckdb", Period));
        Assert.Contains("/nonexistent/store.duckdb", error.Message);
    }

    private static WaitSummary Single(IReadOnlyList<WaitSummary> summaries, string breakdown, string group) =>
        Assert.Single(summaries, s => s.Breakdown == breakdown && s.Group == group);
}
