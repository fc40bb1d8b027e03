using System.Globalization;
using System.Text;

namespace HealthGap.Core.Vocabulary;

/// <summary>
/// The breakdowns, PLUS flags and area types as a section of <c>docs/indicators.md</c>, generated from the
/// vocabulary with the recipe for adding one, so the documentation cannot list them differently.
/// </summary>
internal static class VocabularyMarkdown
{
    /// <summary>The section, starting with its level-2 heading.</summary>
    public static string Generate()
    {
        var text = new StringBuilder()
            .Append("## Breakdowns, PLUS flags and area types\n\n")
            .Append("Defined once, in `src/HealthGap.Core/Vocabulary/`: `BreakdownNames.cs` (each breakdown and the SQL that\n")
            .Append("groups by it), `PlusFlag.cs` (each PLUS flag and how ingest derives it), `AreaTypes.cs`. Breakdowns, in\n")
            .Append(CultureInfo.InvariantCulture, $"catalogue order: {string.Join(", ", BreakdownNames.Catalogue.Select(b => $"`{b}`"))}")
            .Append(CultureInfo.InvariantCulture, $" (`{BreakdownNames.Plus}` in a definition stands for every PLUS flag). Area types: {string.Join(", ", AreaTypes.All.Select(a => $"`{a}`"))}.\n\n")
            .Append("| PLUS flag | set when the person has | switched off by a later | about one in |\n|---|---|---|---|\n");
        foreach (var flag in PlusFlag.All)
        {
            var d = flag.Derivation;
            var source = d.CouncilService is { } service
                ? $"a current council service `{service}` (no end, or ending on or after the ingest day)"
                : $"a GP code from {string.Join(" or ", d.Include.Select(CodeList))}";
            var exclude = d.Exclude.Count == 0 ? "" : string.Join(" or ", d.Exclude.Select(CodeList));
            text.Append(CultureInfo.InvariantCulture, $"| `{flag.Name}` | {source} | {exclude} | {flag.OneIn:#,0} |\n");
        }

        return text.Append('\n').Append(Recipe).ToString();
    }

    private static string CodeList(string name) =>
        name.Split('/') is [var file, var category] ? $"`{file}.csv` (category `{category}`)" : $"`{name}.csv`";

    private const string Recipe = """
        ### Adding a PLUS flag or a breakdown: edit one place

        **A PLUS flag.** Add one property to `src/HealthGap.Core/Vocabulary/PlusFlag.cs` and put it at the end of
        `All` (its place there is its column's place in `person`):

        ```csharp
        /// <summary>A veteran of the armed forces.</summary>
        public static PlusFlag Veteran { get; } = new("veteran", PlusFlagDerivation.GpCodes(["veteran_cod"]), 50);
        ```

        `PlusFlagDerivation.GpCodes(include, exclude)` for a flag from GP codes (a later `exclude` code switches it
        off), `PlusFlagDerivation.CouncilServiceRecord("service")` for one set while a council service runs; the last
        number is roughly one person in how many has it. Then give it its data (tests name what is missing): the code
        list CSV in `codelists/` if it is new, a `Breakdown_veteran` label in every
        `src/HealthGap.Web/Resources/SharedResource*.resx`, and `healthgap report --catalogue docs/indicators.md`.

        Everything else follows from that line: the `person` column (a new store; an existing one keeps its columns,
        so re-ingest into a fresh store), the breakdown (Yes/No/Unknown) in every indicator that asks for `plus` or
        for every breakdown, `flag: veteran` in definition files, ingest's derivation, the council feed accepting the
        service, the synthetic ICS (about one in N people, no planted inequality, until it gets a story of its own in
        `src/HealthGap.Synthetic/Events/PlusStory.cs`), the bench store, and the web's PLUS groups.

        **A breakdown** over what `person` already holds: add its name and SQL expression (over `p`, unknown kept as a
        visible group) to `src/HealthGap.Core/Vocabulary/BreakdownNames.cs`, and its `Breakdown_NAME` label to every
        resx. The indicator page shows it under "Other groups" unless `src/HealthGap.Web/Results/BreakdownDisplay.cs`
        gives it a section of its own. **An area type**: `src/HealthGap.Core/Vocabulary/AreaTypes.cs`.

        The tests that hold this: `tests/HealthGap.Core.Tests/Vocabulary/PlusFlagTests.cs` (store column, breakdown,
        code lists, council service, and no flag name spelled anywhere else in `src/`),
        `tests/HealthGap.Web.Tests/Results/BreakdownDisplayTests.cs` (a page section and a label in every language,
        every flag shown) and `tests/HealthGap.Cli.Tests/Synth/SyntheticPlusFlagsTests.cs` (synth then ingest sets
        every flag).

        """;
}
