using Spectre.Console;

namespace HealthGap.Cli.Output;

/// <summary>The console long commands draw their progress bars on: standard error, so standard output stays clean for data.</summary>
internal static class ProgressConsole
{
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
