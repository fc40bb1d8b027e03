using System.CommandLine;
using System.Text.Json;
using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Cli.Funding;

/// <summary><c>ledger decide</c>, <c>ledger ringfence</c> and <c>ledger import</c>: decisions, ringfence statements and a scenario's allocation.</summary>
internal static class LedgerRecordCommands
{
    public static Command Decide()
    {
        var db = LedgerOptions.Db();
        var postgres = LedgerOptions.Postgres();
        var year = LedgerOptions.Year();
        var what = new Option<string>("--what") { Description = "What was decided.", Required = true };
        var by = new Option<string>("--by") { Description = "Who decided (a role, board or committee).", Required = true };
        var date = new Option<string?>("--date") { Description = "When, yyyy-MM-dd (default: today)." };
        var why = new Option<string>("--why") { Description = "Why.", Required = true };
        var evidence = new Option<string?>("--evidence") { Description = "Evidence cited (papers, data, evaluations)." };
        var entry = new Option<long?>("--entry") { Description = "The ledger entry the decision concerns, if any." };
        var command = new Command(
            "decide",
            """
            Record a decision about the money: who made it, when, why and the evidence cited.

            Example:
              healthgap funding ledger decide --year 2024/25 --what "80% to Core20 neighbourhoods, 20% by bids" \
                --by "ICB board" --date 2024-04-25 --why "Core20PLUS5 priority" --evidence "Board paper 24/041"
            """)
        {
            db, postgres, year, what, by, date, why, evidence, entry,
        };
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, db, postgres);
            var decision = store.DecideAsync(new LedgerDecision
            {
                FinancialYear = parse.GetValue(year)!, Summary = parse.GetValue(what)!, DecidedBy = parse.GetValue(by)!,
                DecidedOn = LedgerOptions.Date(parse.GetValue(date), "--date"), Rationale = parse.GetValue(why)!,
                Evidence = parse.GetValue(evidence) ?? string.Empty, EntryId = parse.GetValue(entry),
            }).GetAwaiter().GetResult();
            parse.InvocationConfiguration.Output.WriteLine($"recorded decision {decision.Id} ({decision.FinancialYear}) by {decision.DecidedBy}");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Ringfence()
    {
        var db = LedgerOptions.Db();
        var postgres = LedgerOptions.Postgres();
        var year = LedgerOptions.Year();
        var status = new Option<string>("--status") { Description = "ringfenced, partial or not-ringfenced.", Required = true };
        var by = new Option<string>("--by") { Description = "Who decided.", Required = true };
        var date = new Option<string?>("--date") { Description = "When, yyyy-MM-dd (default: today)." };
        var why = new Option<string>("--why") { Description = "Why.", Required = true };
        var command = new Command(
            "ringfence",
            """
            State whether the money was ringfenced in a year. The latest statement stands; earlier ones stay visible.

            Example:
              healthgap funding ledger ringfence --year 2024/25 --status partial --by "ICB finance committee" --why "half used for the acute deficit"
            """)
        {
            db, postgres, year, status, by, date, why,
        };
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, db, postgres);
            var row = store.SetRingfenceAsync(new RingfenceStatus
            {
                FinancialYear = parse.GetValue(year)!, State = LedgerOptions.Ringfence(parse.GetValue(status)!), DecidedBy = parse.GetValue(by)!,
                DecidedOn = LedgerOptions.Date(parse.GetValue(date), "--date"), Reason = parse.GetValue(why)!,
            }).GetAwaiter().GetResult();
            parse.InvocationConfiguration.Output.WriteLine($"recorded ringfence statement {row.Id}: {row.FinancialYear} {row.State}");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Import()
    {
        var db = LedgerOptions.Db();
        var postgres = LedgerOptions.Postgres();
        var year = LedgerOptions.Year();
        var scenario = new Option<string>("--scenario") { Description = "A scenario saved with 'funding allocate --format json --out FILE'.", Required = true };
        var by = new Option<string>("--by") { Description = "Who is recording this.", Required = true };
        var date = new Option<string?>("--date") { Description = "Date of the allocation, yyyy-MM-dd within --year (default: today)." };
        var command = new Command(
            "import",
            """
            Record an agreed allocation scenario in the ledger: one allocation entry per area (and one for the
            bid pot), all in one transaction, tagged with the scenario's id so the report reconciles with it.

            Example:
              healthgap funding allocate --icb QE1 --budget 2500000 --rule need-imd --format json --out need-imd.json
              healthgap funding ledger import --scenario need-imd.json --year 2024/25 --date 2024-04-01 --by "HI lead"
            """)
        {
            db, postgres, year, scenario, by, date,
        };
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var entries = ScenarioEntries(parse.GetValue(scenario)!, parse.GetValue(year)!, parse.GetValue(by)!, LedgerOptions.Date(parse.GetValue(date), "--date"));
            var store = LedgerOptions.Open(parse, db, postgres);
            var rows = store.AddAllAsync(entries).GetAwaiter().GetResult();
            parse.InvocationConfiguration.Output.WriteLine(
                $"imported {rows.Count} allocation entries (entries {rows[0].Id}–{rows[^1].Id}) totalling {LedgerOptions.Pounds(rows.Sum(r => r.AmountPence))}");
            return ExitCodes.Success;
        }));
        return command;
    }

    // A scenario's pounds beyond the ledger's limit would wrap when made pence: refuse them here, by value.
    private static long ScenarioPence(long pounds) =>
        pounds is >= 0 and <= LedgerLimits.MaxAmountPence / 100 ? pounds * 100
        : throw new LedgerException($"the scenario holds an amount of £{pounds:N0}; a ledger entry holds 0 to £{LedgerLimits.MaxAmountPence / 100:N0}.");

    private static List<NewLedgerEntry> ScenarioEntries(string path, string year, string by, DateOnly date)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var rule = root.GetProperty("rule_title").GetString();
            var entries = root.GetProperty("lines").EnumerateArray().Select(line => new NewLedgerEntry(
                LedgerEntryKind.Allocation, year, line.GetProperty("unit").GetProperty("code").GetString()!, line.GetProperty("unit").GetProperty("name").GetString()!,
                string.Empty, null, ScenarioPence(line.GetProperty("amount_pounds").GetInt64()), date, $"Allocation by {rule} (scenario {id})", by, id)).ToList();
            var pot = root.GetProperty("bid_pot_pounds").GetInt64();
            if (pot > 0)
            {
                entries.Add(new NewLedgerEntry(LedgerEntryKind.Allocation, year, AllocationView.BidPotCode, "Bid pot", string.Empty, null, ScenarioPence(pot), date, $"Bid pot of {rule} (scenario {id})", by, id));
            }

            return entries;
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CliUsageException($"{name} is not a scenario saved by 'healthgap funding allocate --format json' ({ex.Message}).");
        }
    }
}
