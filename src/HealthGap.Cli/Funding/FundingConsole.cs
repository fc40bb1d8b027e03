using HealthGap.Cli.Output;
using HealthGap.Core.Funding;
using HealthGap.Operational.Funding.Ledger;
using Spectre.Console;

namespace HealthGap.Cli.Funding;

/// <summary>Output plumbing the funding commands share: --out files, a wide console, input errors as usage errors.</summary>
internal static class FundingConsole
{
    /// <summary>Runs a command body, turning bad funding inputs and refused ledger operations into usage errors (exit 2) with their message.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (FundingInputException ex)
        {
            throw new CliUsageException(ex.Message);
        }
        catch (LedgerException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    /// <summary>Writes to <paramref name="outFile"/> when given (and says so on stderr-free stdout), else to <paramref name="output"/>.</summary>
    public static void Write(string? outFile, TextWriter output, Action<TextWriter> write)
    {
        if (outFile is null)
        {
            write(output);
            return;
        }

        using (var file = File.CreateText(outFile))
        {
            write(file);
        }

        output.WriteLine($"wrote {outFile}");
    }

    /// <summary>A console wide enough for side-by-side tables, with colour only on a real terminal.</summary>
    public static IAnsiConsole Wide(TextWriter writer)
    {
        var console = ResultTable.Console(writer);
        var terminal = writer == Console.Out && !Console.IsOutputRedirected;
        console.Profile.Width = terminal ? Math.Max(Console.WindowWidth, 100) : 200;
        return console;
    }
}
