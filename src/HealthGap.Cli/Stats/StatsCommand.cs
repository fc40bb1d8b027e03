using System.CommandLine;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>
/// <c>healthgap stats METHOD</c>: PHEindicatormethods on CSV files, so an analyst can compute
/// published measures without R. Reading/writing is here; the maths is Core.Statistics.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats",
            """
            Compute public-health statistics from a CSV, the way PHEindicatormethods (R) does.
            Column names follow the package: numerator, denominator, value, stdpop, population, ...
            Rename any with --column ROLE=NAME. Unused columns are passed through for row-wise methods.

            Examples:
              healthgap stats proportion --input screening.csv --output out.csv --multiplier 100
              healthgap stats rate --input deaths.csv --output out.csv --group-by area --confidence 0.95,0.998
              healthgap stats dsr --input bands.csv --output dsr.csv --group-by area
              healthgap stats sii --input deciles.csv --output sii.csv --group-by area --set value_type=1 --seed 42
            """);
        foreach (var method in StatsMethods.All)
        {
            command.Subcommands.Add(CreateMethod(method));
        }

        return command;
    }

    private static Command CreateMethod(StatsMethod method)
    {
        var input = new Option<string>("--input", "-i") { Description = "Input CSV file.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Output CSV file ('-' for standard output).", DefaultValueFactory = _ => "-" };
        var groupBy = new Option<string?>("--group-by") { Description = "Comma-separated columns to group (and sum within) before computing." };
        var confidence = new Option<string>("--confidence") { Description = "Confidence level(s): 0.95 (default), or 0.95,0.998.", DefaultValueFactory = _ => "0.95" };
        var multiplier = new Option<double?>("--multiplier") { Description = "Multiplier, e.g. 100 for a percentage or 100000 for a rate per 100,000." };
        var seed = new Option<int?>("--seed") { Description = "Random seed for simulated limits (sii)." };
        var columns = new Option<string[]>("--column") { Description = "Rename an input column: ROLE=NAME, e.g. numerator=deaths.", AllowMultipleArgumentsPerToken = true };
        var settings = new Option<string[]>("--set") { Description = "Method setting NAME=VALUE (see the method's help).", AllowMultipleArgumentsPerToken = true };
        var command = new Command(method.Name, method.Help) { input, output, groupBy, confidence, multiplier, seed, columns, settings };
        command.SetAction(parse =>
        {
            var request = new StatsRequest(
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                (parse.GetValue(groupBy) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                ParseConfidence(parse.GetValue(confidence)!),
                parse.GetValue(multiplier),
                parse.GetValue(seed),
                Pairs(parse.GetValue(columns), "--column"),
                Pairs(parse.GetValue(settings), "--set"));
            try
            {
                method.Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            }
            catch (StatisticsException ex)
            {
                throw new CliUsageException($"{method.Name}: {ex.Message}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ConfidenceLevels ParseConfidence(string text)
    {
        try
        {
            return ConfidenceLevels.Parse(text);
        }
        catch (StatisticsException ex)
        {
            throw new CliUsageException("--confidence: " + ex.Message);
        }
    }

    private static Dictionary<string, string> Pairs(string[]? values, string option)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new CliUsageException($"{option} expects NAME=VALUE, got '{value}'.");
            }

            result[parts[0]] = parts[1];
        }

        return result;
    }
}
