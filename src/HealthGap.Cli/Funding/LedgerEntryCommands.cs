using System.CommandLine;
using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Cli.Funding;

/// <summary><c>funding ledger add</c> and <c>funding ledger correct</c>: append an entry, or a correction that replaces one.</summary>
internal static class LedgerEntryCommands
{
    public static Command Add()
    {
        var o = new EntryOptions(required: true);
        var command = new Command(
            "add",
            """
            Append an allocation, commitment or spend to the ledger. Nothing in the ledger is ever changed
            or deleted: to fix an entry, use 'ledger correct'. Limits: 0 to £10bn per entry, a date
            inside the financial year (1 April to 31 March), a description of up to 2,000 characters.

            Categories: pilot, capacity_building, devolved_to_place, vcse (the money's purpose), and
            absorbed_into_baseline, other_pressures (money leaving its purpose).

            Examples:
              healthgap funding ledger add --kind commitment --year 2024/25 --place E06000009 --place-name Blackpool \
                --org "Blackpool Council" --category devolved_to_place --amount 120000 --date 2024-06-30 \
                --description "Warm hubs" --by "HI lead"
              healthgap funding ledger add --kind spend --year 2024/25 --place ICB --org "ICB" \
                --category absorbed_into_baseline --amount 250000 --date 2025-01-15 --description "Acute deficit" --by "CFO"
            """);
        o.AddTo(command);
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, o.Db, o.Postgres);
            var entry = store.AddAsync(o.Entry(parse, original: null)).GetAwaiter().GetResult();
            parse.InvocationConfiguration.Output.WriteLine($"added entry {entry.Id}: {entry.Kind} {LedgerOptions.Pounds(entry.AmountPence)} for {entry.PlaceName} ({entry.FinancialYear}) in {store.Database.Description}");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Correct()
    {
        var o = new EntryOptions(required: false);
        var entryId = new Option<long>("--entry") { Description = "The entry to correct (its number in 'ledger list').", Required = true };
        var reason = new Option<string>("--reason") { Description = "What was wrong.", Required = true };
        var command = new Command(
            "correct",
            """
            Append a correction of an entry: a new entry with the corrected values, which replaces the
            original in every total. The original stays in the ledger, shown as corrected. Values you do
            not give are copied from the original.

            Example:
              healthgap funding ledger correct --entry 7 --amount 95000 --reason "invoice was £95,000" --by "HI lead"
            """);
        o.AddTo(command);
        command.Options.Add(entryId);
        command.Options.Add(reason);
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, o.Db, o.Postgres);
            var id = parse.GetValue(entryId);
            var original = store.EntriesAsync().GetAwaiter().GetResult().FirstOrDefault(e => e.Id == id)
                ?? throw new LedgerException($"there is no ledger entry {id}; list entries with 'healthgap funding ledger list'.");
            var entry = store.CorrectAsync(id, o.Entry(parse, original), parse.GetValue(reason)!).GetAwaiter().GetResult();
            parse.InvocationConfiguration.Output.WriteLine($"added entry {entry.Id}, correcting entry {id}: {LedgerOptions.Pounds(original.AmountPence)} → {LedgerOptions.Pounds(entry.AmountPence)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The entry fields; for a correction each defaults to the original's value.</summary>
    private sealed class EntryOptions(bool required)
    {
        public Option<string?> Db { get; } = LedgerOptions.Db();

        public Option<string?> Postgres { get; } = LedgerOptions.Postgres();

        public Option<string?> Kind { get; } = new("--kind") { Description = "allocation, commitment (default) or spend." };

        public Option<string> Year { get; } = LedgerOptions.Year(required);

        public Option<string?> Place { get; } = new("--place") { Description = "Place code (LAD/sub-ICB/neighbourhood code, ICB for system-wide).", Required = required };

        public Option<string?> PlaceName { get; } = new("--place-name") { Description = "Place name (default: the code)." };

        public Option<string?> Organisation { get; } = new("--org") { Description = "Organisation receiving or spending the money." };

        public Option<string?> Category { get; } = new("--category") { Description = "pilot, capacity_building, devolved_to_place, vcse, absorbed_into_baseline or other_pressures." };

        public Option<string?> Amount { get; } = new("--amount") { Description = "Pounds, e.g. 120000 or 1250.50 (0 to 10,000,000,000).", Required = required };

        public Option<string?> Date { get; } = new("--date") { Description = "yyyy-MM-dd, within --year (1 April to 31 March; default: today)." };

        public Option<string?> Description { get; } = new("--description") { Description = "What the money is for (at most 2,000 characters)." };

        public Option<string> By { get; } = new("--by") { Description = "Who is recording this (a role or name).", Required = true };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Db, Postgres, Kind, Year, Place, PlaceName, Organisation, Category, Amount, Date, Description, By })
            {
                command.Options.Add(option);
            }
        }

        public NewLedgerEntry Entry(ParseResult parse, LedgerEntry? original)
        {
            var kind = parse.GetValue(Kind) is { } k ? LedgerOptions.Kind(k) : original?.Kind ?? LedgerEntryKind.Commitment;
            var place = parse.GetValue(Place) ?? original?.PlaceCode ?? string.Empty;
            var category = parse.GetValue(Category) is { } c ? LedgerCategories.Parse(c) : original?.Category;
            return new NewLedgerEntry(
                kind,
                parse.GetValue(Year) ?? original?.FinancialYear ?? string.Empty,
                place,
                parse.GetValue(PlaceName) ?? (parse.GetValue(Place) is null ? original?.PlaceName : null) ?? place,
                parse.GetValue(Organisation) ?? original?.Organisation ?? string.Empty,
                category,
                parse.GetValue(Amount) is { } a ? LedgerOptions.Pence(a, "--amount") : original?.AmountPence ?? 0,
                parse.GetValue(Date) is { } d ? LedgerOptions.Date(d, "--date") : original?.EntryDate ?? LedgerOptions.Date(null, "--date"),
                parse.GetValue(Description) ?? original?.Description ?? string.Empty,
                parse.GetValue(By)!,
                original?.ScenarioId);
        }
    }
}
