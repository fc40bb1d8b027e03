using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Ingest;
using HealthGap.Core.Store;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Tests.Vocabulary;

/// <summary>
/// Adding a PLUS flag is one edit (<see cref="PlusFlag"/>): these fail when something that should follow
/// from it does not — the store column, the breakdown, the ingest rule's code lists and council service —
/// or when a flag name is spelled out anywhere else in <c>src/</c>. (The web labels are checked in the
/// web tests, the synthetic ICS end to end in the CLI tests.)
/// </summary>
public sealed partial class PlusFlagTests
{
    [Fact]
    public void StoreSchema_Person_SameColumnsInTheSameOrder_FlagsLastFromTheVocabulary()
    {
        var columns = PersonColumns();

        // The person table as documented in docs/data-model.md before the vocabulary existed: it must not move.
        Assert.Equal(
            "person_id BIGINT, pseudonym VARCHAR, birth_month DATE, sex VARCHAR, ethnic_category VARCHAR, ethnic_group VARCHAR, "
            + "lsoa11cd VARCHAR, imd_decile TINYINT, imd_quintile TINYINT, core20 BOOLEAN, lad22cd VARCHAR, sicbl22cdh VARCHAR, "
            + "icb22cdh VARCHAR, practice_code VARCHAR, pcn_code VARCHAR, registration_start DATE, registration_end DATE, "
            + "date_of_death DATE, learning_disability BOOLEAN, autism BOOLEAN, smi BOOLEAN, homeless BOOLEAN, carer BOOLEAN, "
            + "interpreter_needed BOOLEAN, english_not_main_language BOOLEAN, housebound BOOLEAN, care_home BOOLEAN, "
            + "lives_alone BOOLEAN, assisted_bin_collection BOOLEAN, looked_after_child BOOLEAN",
            string.Join(", ", columns));
        Assert.Equal(PlusFlag.All.Select(f => f.Name + " BOOLEAN"), columns.TakeLast(PlusFlag.All.Count));
    }

    [Fact]
    public void Breakdowns_EveryFlag_IsABreakdownGroupingYesNoUnknown()
    {
        Assert.All(PlusFlag.All, f =>
        {
            Assert.Contains(f.Name, BreakdownNames.Catalogue);
            Assert.Equal($"CASE WHEN p.{f.Name} THEN 'Yes' WHEN p.{f.Name} IS NULL THEN 'Unknown' ELSE 'No' END", BreakdownNames.Sql[f.Name]);
            Assert.True(BreakdownNames.IsPlusFlag(f.Name));
        });
        Assert.Equal(PlusFlag.Names, BreakdownNames.Expand([BreakdownNames.Plus]));
    }

    [Fact]
    public void Names_AreUniqueSnakeCaseColumnNames_NotClashingWithOtherBreakdowns()
    {
        Assert.Equal(PlusFlag.All.Count, PlusFlag.Names.Distinct().Count());
        Assert.All(PlusFlag.Names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
        Assert.Equal(BreakdownNames.Catalogue.Count, BreakdownNames.Catalogue.Distinct().Count());
        Assert.All(PlusFlag.All, f => Assert.True(f.OneIn >= 1, $"{f.Name}: OneIn must be at least 1"));
    }

    [Fact]
    public void Derivation_EveryGpCodedFlag_ReadsCodeListsShippedInCodelists()
    {
        var library = CodelistLibrary.Load(Path.Combine(RepositoryRoot(), "codelists"));
        foreach (var flag in PlusFlag.All.Where(f => f.Derivation.CodeSystem == PlusFlagDerivation.Snomed))
        {
            foreach (var list in flag.Derivation.Include.Concat(flag.Derivation.Exclude))
            {
                Assert.True(library.Check(list) is null && library.Codes(list).Count > 0, $"{flag.Name}: code list '{list}' is missing or empty under codelists/ (add the CSV).");
            }
        }
    }

    [Fact]
    public void Derivation_EveryCouncilFlag_IsAServiceTheCouncilFeedAccepts()
    {
        var services = FeedCatalogue.CouncilServices.Fields.Single(f => f.Column == "service").Codes!;
        var council = PlusFlag.All.Where(f => f.Derivation.CouncilService is not null).ToList();

        Assert.NotEmpty(council);
        Assert.All(council, f =>
        {
            Assert.Contains(f.Derivation.CouncilService!, services);
            Assert.True(f.Derivation.CurrentOnly, $"{f.Name}: a council service sets the flag only while it runs");
        });
    }

    [Fact]
    public void Source_NoFileOutsideTheVocabulary_SpellsAFlagName()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var vocabulary = Path.Combine(src, "HealthGap.Core", "Vocabulary") + Path.DirectorySeparatorChar;
        var names = PlusFlag.Names.ToHashSet(StringComparer.Ordinal);
        var found = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(p => !p.StartsWith(vocabulary, StringComparison.Ordinal) && !IsBuildOutput(p))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (p, i, line)))
            .SelectMany(x => StringLiteral().Matches(x.line).Where(m => names.Contains(m.Groups[1].Value))
                .Select(m => $"{Path.GetRelativePath(src, x.p)}:{x.i + 1}: {m.Value}"))
            .ToList();

        Assert.True(found.Count == 0, "PLUS flags are listed once, in src/HealthGap.Core/Vocabulary/PlusFlag.cs; use PlusFlag.X.Name instead of:\n" + string.Join("\n", found));
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "node_modules");

    private static List<string> PersonColumns()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Sql.Execute(connection, StoreSchema.CreateTables);
        return [.. Sql.Query(connection,
            "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = 'person' ORDER BY ordinal_position",
            r => r.GetString(0))];
    }

    [GeneratedRegex("\"([a-z0-9_]+)\"")]
    private static partial Regex StringLiteral();

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
