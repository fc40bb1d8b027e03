using System.CommandLine;
using HealthGap.Cli.Bench;
using HealthGap.Cli.Disclosure;
using HealthGap.Cli.Funding;
using HealthGap.Cli.Ingest;
using HealthGap.Cli.Reference;
using HealthGap.Cli.Report;
using HealthGap.Cli.Serve;
using HealthGap.Cli.Stats;
using HealthGap.Cli.Synth;
using HealthGap.Cli.WaitingList;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Cli;

/// <summary>
/// The <c>healthgap</c> root command: wires every subcommand and turns known failures into
/// clear messages and exit codes. Each feature owns its subcommand in its own folder.
/// </summary>
internal static class HealthGapCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            """
            HealthGap: see, target, fund and close health inequalities in an NHS integrated care system.

            Every figure is broken down by national deprivation (IMD 2019) and by group, computed with
            the public-health standard methods, and passed through one disclosure-control gate.

            Examples:
              healthgap reference lsoa E01021988
              healthgap reference icb QE1
              healthgap reference icb "Birmingham" --format json
              healthgap demo                      # the web app on a sample ICS
            """);
        root.Subcommands.Add(ReferenceCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(FundingCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(WaitingListCommand.Create());
        root.Subcommands.Add(DisclosureCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = Create().Parse(args);
        try
        {
            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });

            // System.CommandLine reports parse errors with exit code 1; ours are usage errors.
            return parseResult.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
        }
        catch (Exception ex) when (KnownFailure(ex) is { } known)
        {
            error.WriteLine(known.Message);
            return known.ExitCode;
        }
    }

    /// <summary>
    /// The failures a user can act on (bad input, a damaged file, a store in use), as the message and exit
    /// code to give; null for anything else, which is a bug and is left to surface as one. Shared with
    /// <c>demo</c>, which runs the same steps by their APIs.
    /// </summary>
    public static (string Message, int ExitCode)? KnownFailure(Exception ex) => ex switch
    {
        ReferenceDataException => ($"error: reference data is damaged or missing: {ex.Message}", ExitCodes.Failure),
        IngestException or PseudonymisationKeyException or StoreException => ($"error: {ex.Message}", ExitCodes.Failure),
        CliUsageException => ($"error: {ex.Message}", ExitCodes.UsageError),
        _ => null,
    };
}
