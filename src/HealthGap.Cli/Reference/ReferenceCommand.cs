using System.CommandLine;
using HealthGap.Cli.Output;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Reference;

/// <summary>
/// <c>healthgap reference</c>: look up the real published reference data (IMD 2019 deprivation and
/// NHS geography) for an LSOA or an ICB.
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var command = new Command("reference", "Look up deprivation (IMD 2019) and NHS geography for an LSOA or an ICB.");
        command.Subcommands.Add(CreateLsoa());
        command.Subcommands.Add(CreateIcb());
        return command;
    }

    private static Command CreateLsoa()
    {
        var code = new Argument<string>("code") { Description = "LSOA 2011 code, e.g. E01021988." };
        var format = OutputFormatOption.Create();
        var command = new Command(
            "lsoa",
            """
            Show an LSOA's IMD 2019 score, national rank, decile and quintile, whether it is Core20,
            each domain's decile, and its place (LAD), sub-ICB, ICB and NHS England region.

            Example:
              healthgap reference lsoa E01021988
            """)
        {
            code, format,
        };
        command.SetAction(parse =>
        {
            var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
            var query = parse.GetValue(code)!;
            var lsoa = reference.FindLsoa(query) ?? throw new CliUsageException(
                $"no English LSOA has the code '{query}'. LSOA codes look like E01021988. Closest: " +
                string.Join(", ", reference.ClosestLsoas(query).Select(l => $"{l.Code} ({l.Name})")) + ".");
            LsoaView.Write(lsoa, parse.GetValue(format), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateIcb()
    {
        var query = new Argument<string>("icb") { Description = "ICB ODS code (QE1), GSS code (E54000048) or part of its name (\"Lancashire\")." };
        var format = OutputFormatOption.Create();
        var listLsoas = new Option<bool>("--lsoas") { Description = "List the ICB's LSOAs with their deprivation instead of the summary." };
        var command = new Command(
            "icb",
            """
            Show an ICB's places (LADs) and sub-ICBs, its population by national IMD quintile and decile
            (never re-ranked within the ICB), its share of population in Core20 and its LSOA counts.
            Populations are IoD2019 mid-2015 denominators.

            Examples:
              healthgap reference icb QE1
              healthgap reference icb Birmingham --format csv
              healthgap reference icb QHL --lsoas --format csv > qhl_lsoas.csv
            """)
        {
            query, format, listLsoas,
        };
        command.SetAction(parse =>
        {
            var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
            var text = parse.GetValue(query)!;
            var matches = reference.FindIcbs(text);
            if (matches.Count == 0)
            {
                throw new CliUsageException(
                    $"no ICB matches '{text}'. Use an ODS code (QE1), a GSS code (E54000048) or part of a name. Closest: " +
                    string.Join(", ", reference.ClosestIcbs(text).Select(i => $"{i.OdsCode} ({i.Name})")) + ".");
            }

            if (matches.Count > 1)
            {
                throw new CliUsageException(
                    $"'{text}' matches {matches.Count} ICBs; be more specific or use an ODS code: " +
                    string.Join(", ", matches.Take(8).Select(i => $"{i.OdsCode} ({i.Name})")) +
                    (matches.Count > 8 ? $" and {matches.Count - 8} more." : "."));
            }

            var profile = reference.Profile(matches[0]);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(listLsoas))
            {
                IcbView.WriteLsoas(profile, parse.GetValue(format), output);
            }
            else
            {
                IcbView.Write(profile, parse.GetValue(format), output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
