using DuckDB.NET.Data;
using HealthGap.Core.Store;
using HealthGap.Core.Vocabulary;

namespace HealthGap.TestSupport.Indicators;

/// <summary>
/// A small DuckDB store in a temp file with exactly the store's schema (the DDL ingest runs,
/// <c>StoreSchema</c>), plus helpers to add people and events.
/// </summary>
public sealed class TestStore : IDisposable
{
    private int _record;
    private DuckDBAppender? _persons;
    private DuckDBAppender? _events;
    private DuckDBAppender? _tumours;
    private DuckDBAppender? _residences;
    private int _residenceRows;

    public TestStore()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hg-test-{Guid.NewGuid():N}.duckdb");
        Connection = new DuckDBConnection($"Data Source={Path}");
        Connection.Open();
        Execute(StoreSchema.CreateTables);
    }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    /// <summary>The connection, after writing any buffered rows (what queries should use).</summary>
    public DuckDBConnection Query
    {
        get
        {
            Flush();
            return Connection;
        }
    }

    /// <summary>Runs <paramref name="write"/> in one transaction (thousands of single-row commits to a file are slow).</summary>
    public void Batch(Action write)
    {
        Execute("BEGIN TRANSACTION");
        write();
        Execute("COMMIT");
    }

    public void Execute(string sql, params object?[] args)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var arg in args)
        {
            command.Parameters.Add(new DuckDBParameter(arg ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Adds a person in ICB QE1 / practice Y90001, registered from <paramref name="registered"/> (default 1 January 2010)
    /// to <paramref name="registrationEnd"/> (default still registered), with that registration in <c>person_residence</c>.
    /// </summary>
    public void AddPerson(
        long id, DateOnly birthMonth, string sex = "F", int? imdDecile = 5, string? ethnicCategory = "A", string? ethnicGroup = "White",
        string practice = "Y90001", string pcn = "U90001", DateOnly? death = null, bool learningDisability = false,
        DateOnly? registered = null, DateOnly? registrationEnd = null)
    {
        var start = registered ?? new DateOnly(2010, 1, 1);
        AddResidence(id, start, registrationEnd, practice);
        _persons ??= Connection.CreateAppender("person");
        _persons.CreateRow()
            .AppendValue(id).AppendValue("x").AppendValue((DateOnly?)birthMonth).AppendValue(sex).AppendValue(ethnicCategory).AppendValue(ethnicGroup)
            .AppendValue("E01000001").AppendValue((sbyte?)imdDecile).AppendValue(imdDecile is { } d ? (sbyte?)((d + 1) / 2) : null)
            .AppendValue(imdDecile is { } c ? c <= 2 : null).AppendValue("E06000009").AppendValue("00R").AppendValue("QE1")
            .AppendValue(practice).AppendValue(pcn).AppendValue((DateOnly?)start).AppendValue(registrationEnd).AppendValue(death)
            .AppendPlusFlags(new Dictionary<PlusFlag, bool?> { [PlusFlag.LearningDisability] = learningDisability })
            .EndRow();
    }

    /// <summary>Adds one registration period to <c>person_residence</c> (AddPerson adds the current one).</summary>
    public void AddResidence(long id, DateOnly from, DateOnly? to, string practice = "Y90001")
    {
        _residences ??= Connection.CreateAppender("person_residence");
        // The real table also keeps the registration's demographics and linkage; time at risk reads only these five.
        _residences.CreateRow().AppendValue(id).AppendValue("E01000001").AppendValue(practice).AppendValue((DateOnly?)from).AppendValue(to)
            .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
            .AppendValue($"residence-{id}-{++_residenceRows}").EndRow();
    }

    public void AddEvent(
        long person, DateOnly date, string code, double? value = null, string source = "gp", string kind = "coded_entry", string system = "snomed", string? detail = null, DateOnly? end = null)
    {
        _events ??= Connection.CreateAppender("event");
        _events.CreateRow().AppendValue(person).AppendValue((DateOnly?)date).AppendValue(end).AppendValue(source).AppendValue(kind)
            .AppendValue(system).AppendValue(code).AppendValue(value).AppendValue(detail).AppendValue($"test:{++_record}").EndRow();
    }

    public void AddTumour(long person, DateOnly date, string site, string stage, string route = "gp_referral", bool viaAe = false)
    {
        _tumours ??= Connection.CreateAppender("cancer");
        _tumours.CreateRow().AppendValue(person).AppendValue($"t{++_record}").AppendValue((DateOnly?)date).AppendValue(site)
            .AppendValue(stage).AppendValue(route).AppendValue(viaAe).EndRow();
    }

    /// <summary>An admitted-patient-care spell as ingest stores it: the admission row (primary diagnosis) and, with a procedure, its procedure row.</summary>
    public void AddSpell(long person, DateOnly admitted, DateOnly discharged, string diagnosis, string? procedure, string kind = "emergency_admission")
    {
        AddEvent(person, admitted, diagnosis, source: "apc", kind: kind, system: "icd10", detail: "21|300", end: discharged);
        if (procedure is not null)
        {
            AddEvent(person, admitted, procedure, source: "apc", kind: "procedure", system: "opcs4", detail: "21|300", end: discharged);
        }
    }

    /// <summary>Writes buffered events; call before querying.</summary>
    public void Flush()
    {
        _persons?.Dispose();
        _events?.Dispose();
        _tumours?.Dispose();
        _residences?.Dispose();
        (_persons, _events, _tumours, _residences) = (null, null, null, null);
    }

    public void Dispose()
    {
        Flush();
        Connection.Dispose();
        File.Delete(Path);
        File.Delete(Path + ".wal");
    }
}
