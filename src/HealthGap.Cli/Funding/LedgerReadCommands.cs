using System.CommandLine;
using HealthGap.Cli.Output;
using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Cli.Funding;

/// <summary><c>ledger list</c> and <c>ledger report</c>: read the ledger back.</summary>
internal static class LedgerReadCommands
{
    public static Command List()
    {
        var db = LedgerOptions.Db();
        var postgres = LedgerOptions.Postgres();
        var year = LedgerOptions.Year(required: false);
        var decisions = new Option<bool>("--decisions") { Description = "List decisions and ringfence statements instead of entries." };
        var format = OutputFormatOption.Create();
        var command = new Command(
            "list",
            """
            List every ledger entry in order, corrected ones included and marked with the entry that corrects them.

            Examples:
              healthgap funding ledger list --year 2024/25
              healthgap funding ledger list --decisions --format csv
            """)
        {
            db, postgres, year, decisions, format,
        };
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, db, postgres);
            var y = parse.GetValue(year);
            if (y is not null)
            {
                LedgerStore.CheckYear(y);
            }

            var tables = parse.GetValue(decisions)
                ? new[]
                {
                    LedgerView.Decisions(store.DecisionsAsync(y).GetAwaiter().GetResult()),
                    LedgerView.Ringfence(store.RingfenceHistoryAsync(y).GetAwaiter().GetResult()),
                }
                : [LedgerView.Entries(store.EntriesAsync(y).GetAwaiter().GetResult())];
            LedgerView.Write(tables, parse.GetValue(format), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Report()
    {
        var db = LedgerOptions.Db();
        var postgres = LedgerOptions.Postgres();
        var year = LedgerOptions.Year();
        var format = OutputFormatOption.Create();
        var command = new Command(
            "report",
            """
            Report a year as the NHS Confederation reviewed the £200m allocation: the share of the allocation
            used for its purpose, the share absorbed into the baseline or other pressures, commitments and
            spend by category and by place, whether the ringfence held, the decisions taken, and any figure
            that does not reconcile with the allocation. Corrected entries count through their correction.

            Example:
              healthgap funding ledger report --year 2024/25
            """)
        {
            db, postgres, year, format,
        };
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var store = LedgerOptions.Open(parse, db, postgres);
            LedgerView.WriteReport(store.ReportAsync(parse.GetValue(year)!).GetAwaiter().GetResult(), parse.GetValue(format), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
