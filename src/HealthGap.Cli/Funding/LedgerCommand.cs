using System.CommandLine;

namespace HealthGap.Cli.Funding;

/// <summary><c>healthgap funding ledger</c>: follow the money, append-only, on SQLite (default) or PostgreSQL.</summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command(
            "ledger",
            """
            Follow the money: an append-only ledger of allocations, commitments and spend by place,
            organisation and category, with the decisions behind them and whether the ringfence held.
            Embedded SQLite by default (--db FILE); PostgreSQL with --postgres CONNECTION-STRING.

            Examples:
              healthgap funding ledger import --scenario need-imd.json --year 2024/25 --date 2024-04-01 --by "HI lead"
              healthgap funding ledger add --year 2024/25 --place E06000009 --org "Blackpool Council" --category vcse --amount 50000 --date 2024-06-30 --by "HI lead"
              healthgap funding ledger correct --entry 3 --amount 45000 --reason "grant reduced" --by "HI lead"
              healthgap funding ledger report --year 2024/25
            """);
        command.Subcommands.Add(LedgerEntryCommands.Add());
        command.Subcommands.Add(LedgerEntryCommands.Correct());
        command.Subcommands.Add(LedgerRecordCommands.Import());
        command.Subcommands.Add(LedgerRecordCommands.Decide());
        command.Subcommands.Add(LedgerRecordCommands.Ringfence());
        command.Subcommands.Add(LedgerReadCommands.List());
        command.Subcommands.Add(LedgerReadCommands.Report());
        return command;
    }
}
