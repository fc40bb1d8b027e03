using HealthGap.Core.Configuration;
using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>A store without the optional reference and provenance tables still reports; any other failure reading them is raised, not swallowed.</summary>
public sealed class StoreErrorsTests : IDisposable
{
    private readonly string _csv = Path.Combine(Path.GetTempPath(), "hg-store-errors-" + Guid.NewGuid().ToString("N") + ".csv");
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public StoreErrorsTests() => _connection.Open();

    [Fact]
    public void AreaNames_NoReferenceTables_Empty()
    {
        Assert.Empty(Report().AreaNames());
        Assert.Empty(AreaHierarchy.Load(_connection).Links);
    }

    [Fact]
    public void AreaNames_ReferenceTablePresent_NamesRead()
    {
        Execute("CREATE TABLE ref_practice AS SELECT 'P1' AS practice_code, 'Practice one' AS practice_name, 'U1' AS pcn_code, 'PCN one' AS pcn_name");

        var names = Report().AreaNames();

        Assert.Equal("Practice one", names["P1"]);
        Assert.Equal("PCN one", names["U1"]);
        Assert.Equal(("practice", "P1", "pcn", "U1"), AreaHierarchy.Load(_connection).Links.Select(l => (l.ChildType, l.ChildCode, l.ParentType, l.ParentCode)).Single());
    }

    [Fact]
    public void AreaNames_ReferenceTableUnreadable_ErrorRaised()
    {
        UnreadableView("ref_practice", "practice_code,practice_name,pcn_code,pcn_name\nP1,One,U1,PCN");

        Assert.ThrowsAny<DuckDBException>(() => Report().AreaNames());
        Assert.ThrowsAny<DuckDBException>(() => AreaHierarchy.Load(_connection));
    }

    [Fact]
    public void HasSyntheticData_NoProvenanceTable_False() => Assert.False(Report().HasSyntheticData());

    [Fact]
    public void HasSyntheticData_ProvenanceUnreadable_ErrorRaised()
    {
        UnreadableView("ingest_file", "file_name,feed\ntruth.json,synthetic_truth");

        Assert.ThrowsAny<DuckDBException>(() => Report().HasSyntheticData());
    }

    public void Dispose()
    {
        _connection.Dispose();
        File.Delete(_csv);
    }

    private IndicatorReport Report() => new(_connection, CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir), DisclosureGate.Standard, []);

    // A view over a CSV file that is then deleted: the table and its columns exist, reading them fails.
    private void UnreadableView(string name, string content)
    {
        File.WriteAllText(_csv, content + "\n");
        Execute($"CREATE VIEW {name} AS SELECT * FROM read_csv('{_csv}')");
        File.Delete(_csv);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
