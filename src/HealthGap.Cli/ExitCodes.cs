namespace HealthGap.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed (bad data, an I/O error, an internal error).</summary>
    public const int Failure = 1;

    /// <summary>The user asked for something that does not exist or gave invalid arguments.</summary>
    public const int UsageError = 2;
}
