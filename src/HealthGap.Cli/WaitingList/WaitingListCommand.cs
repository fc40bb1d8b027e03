using System.CommandLine;
using System.Globalization;
using HealthGap.Core.Disclosure;
using HealthGap.Core.WaitingList;

namespace HealthGap.Cli.WaitingList;

/// <summary>
/// <c>healthgap waiting-list</c>: the waiting list split by deprivation, ethnicity, language, PLUS
/// groups, sex and age, with a case-mix-adjusted fair comparison, written as CSV tables and one
/// self-contained HTML report. Every figure passes the disclosure gate.
/// </summary>
internal static class WaitingListCommand
{
    /// <summary>Where ingest writes the store by default (docs/data-model.md).</summary>
    public const string DefaultStore = "healthgap-data/healthgap.duckdb";

    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "The HealthGap DuckDB store to read.", DefaultValueFactory = _ => DefaultStore };
        var snapshot = new Option<string>("--snapshot") { Description = "Census date for open pathways, yyyy-MM-dd (e.g. 2025-03-31).", Required = true };
        var from = new Option<string?>("--from") { Description = "First clock-stop date for completed pathways (default: 12 months before the snapshot)." };
        var to = new Option<string?>("--to") { Description = "Last clock-stop date for completed pathways (default: the snapshot)." };
        var output = new Option<string>("--out") { Description = "Folder for the CSV tables and report.html (created if missing).", Required = true };
        var command = new Command(
            "waiting-list",
            """
            Waiting times (referral to treatment) split by national deprivation (IMD quintile and decile,
            Core20), ethnic group, interpreter need, English not main language, learning disability,
            severe mental illness, sex, age band (0–18, 19–64, 65+) and two-way intersections.

            For open pathways at the snapshot: number waiting, median and 92nd-percentile weeks with
            distribution-free 95% intervals, and % waiting over 18, 52 and 65 weeks (Wilson intervals).
            For pathways completed in the period: median and 92nd-percentile wait to treatment.
            Gaps against a reference group are shown crude and adjusted for treatment function × priority,
            with a within-specialty view. Writes CSV tables and one self-contained report.html; every
            figure passes the disclosure gate (small counts hidden as [c], counts rounded to 5).

            Examples:
              healthgap waiting-list --snapshot 2025-03-31 --out wl-2025-03
              healthgap waiting-list --store data/icb.duckdb --snapshot 2025-03-31 --from 2024-04-01 --to 2025-03-31 --out wl
            """)
        {
            store, snapshot, from, to, output,
        };
        command.SetAction(parse =>
        {
            var period = Period(parse.GetValue(snapshot)!, parse.GetValue(from), parse.GetValue(to));
            try
            {
                Run(parse.GetValue(store)!, period, parse.GetValue(output)!, parse.InvocationConfiguration.Output);
                return ExitCodes.Success;
            }
            catch (WaitingListStoreException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Runs the analysis through the standard gate into <paramref name="outDir"/> and lists the files written.</summary>
    /// <exception cref="WaitingListStoreException">The store cannot be read as a waiting list.</exception>
    public static void Run(string store, WaitingListPeriod period, string outDir, TextWriter output)
    {
        var files = WaitingListRun.Run(store, period, outDir, DisclosureGate.Standard);
        output.WriteLine($"Waiting-list report for {period.Snapshot:yyyy-MM-dd} (completed {period.CompletedFrom:yyyy-MM-dd} to {period.CompletedTo:yyyy-MM-dd}), disclosure policy {DisclosureGate.Standard.Policy.Label}:");
        foreach (var file in files)
        {
            output.WriteLine("  " + file);
        }
    }

    internal static WaitingListPeriod Period(string snapshot, string? from, string? to)
    {
        var date = Date("--snapshot", snapshot);
        var period = WaitingListPeriod.EndingAt(date);
        if ((from is null) != (to is null))
        {
            throw new CliUsageException("give both --from and --to for the completed period, or neither (default: the 12 months ending at the snapshot).");
        }

        if (from is not null && to is not null)
        {
            period = period with { CompletedFrom = Date("--from", from), CompletedTo = Date("--to", to) };
            if (period.CompletedFrom > period.CompletedTo)
            {
                throw new CliUsageException($"--from {from} is after --to {to}; the completed period must run forwards.");
            }
        }

        return period;
    }

    private static DateOnly Date(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{option} '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2025-03-31.");
}
