using System.CommandLine;

namespace HealthGap.Cli.Funding;

/// <summary>
/// <c>healthgap funding</c>: share a health-inequalities budget fairly between places (allocate,
/// compare) and follow the money afterwards (ledger).
/// </summary>
internal static class FundingCommand
{
    public static Command Create()
    {
        var command = new Command(
            "funding",
            """
            Fund fairly and follow the money: divide a health-inequalities budget between places by a
            transparent rule, compare rules side by side, and keep a ledger of what the money was spent on.

            Examples:
              healthgap funding allocate --icb QE1 --budget 2500000 --rule need-imd
              healthgap funding compare --icb QE1 --budget 2500000
            """);
        command.Subcommands.Add(AllocateCommand.Create());
        command.Subcommands.Add(CompareCommand.Create());
        command.Subcommands.Add(LedgerCommand.Create());
        return command;
    }
}
