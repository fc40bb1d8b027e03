using System.CommandLine;
using System.Diagnostics;
using HealthGap.Core.Disclosure.Audit;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Disclosure;

/// <summary>
/// <c>healthgap disclosure audit REPORT_DIR</c>: an information governance lead's independent check
/// that no hidden count in a report folder can be worked out from what it publishes. The check is
/// <see cref="DisclosureAudit"/> in Core; this prints it (<see cref="AuditPrinter"/>).
/// </summary>
internal static class DisclosureCommand
{
    public static Command Create()
    {
        var command = new Command("disclosure", "Disclosure control checks on published outputs. See 'healthgap disclosure audit --help'.");
        command.Subcommands.Add(Audit());
        return command;
    }

    private static Command Audit()
    {
        var folder = new Argument<string>("REPORT_DIR") { Description = "A report folder written by 'healthgap report --out DIR'." };
        var format = new Option<string>("--format") { Description = "text (summary table, then the recoverable counts as CSV) or json.", DefaultValueFactory = _ => "text" };
        var maxWidth = new Option<int>("--max-width")
        {
            Description = "Count a hidden figure as recovered when it is pinned to an interval this wide or narrower (0 = exact only; default 1).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command(
            "audit",
            """
            Check a report folder the way an outsider would attack it, independently of the disclosure gate:
            every hidden count ([c]) is tested against every published total it is part of - a breakdown's
            groups within their area, IMD deciles within quintiles and Core20, ethnic categories within
            groups, practices within their PCN, places and sub-ICBs within the ICB (ONS LSOA lookup), and
            every area level adding up to the same total - differencing level after level until nothing
            narrows further. Published counts are taken as intervals (rounding) narrowed by the published
            rate where the rate is count over denominator. Also checks that indicators.json and
            indicators.parquet (what the web app and API serve) publish exactly what indicators.csv does.

            Exit code 0: nothing recoverable and the copies agree; 1: a hidden count from 1 to 7 can be worked
            out (listed) or the copies differ; 2: the folder is missing or not a report.

            Examples:
              healthgap disclosure audit ./healthgap-data/results
              healthgap disclosure audit report --format json > audit.json
              healthgap disclosure audit report --max-width 0      # exact recoveries only
            """)
        {
            folder, format, maxWidth,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var style = parse.GetValue(format)!;
            if (style is not ("text" or "json"))
            {
                throw new CliUsageException($"unknown --format '{style}'. Use text or json.");
            }

            var width = parse.GetValue(maxWidth);
            if (width < 0)
            {
                throw new CliUsageException($"--max-width must be 0 or more (got {width}).");
            }

            var clock = Stopwatch.StartNew();
            ReportFolder report;
            try
            {
                report = ReportFolder.Load(parse.GetValue(folder)!);
            }
            catch (ReportFolderException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var geography = AuditGeography.Build(ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir), report.Links);
            var result = DisclosureAudit.Run(report, geography, width);
            clock.Stop();
            if (style == "json")
            {
                AuditPrinter.Json(output, report, result, clock.Elapsed);
            }
            else
            {
                AuditPrinter.Text(output, report, result, clock.Elapsed);
            }

            return result.Passed ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
