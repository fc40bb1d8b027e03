using System.CommandLine;

namespace HealthGap.Cli.Output;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people reading a terminal.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row, for spreadsheets and R.</summary>
    Csv,

    /// <summary>Indented JSON, for programs.</summary>
    Json,
}

/// <summary>The shared <c>--format</c> option.</summary>
internal static class OutputFormatOption
{
    public static Option<OutputFormat> Create() => new("--format", "-f")
    {
        Description = "Output format: table (default), csv or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
