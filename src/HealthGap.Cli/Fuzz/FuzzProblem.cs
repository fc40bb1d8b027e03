namespace HealthGap.Cli.Fuzz;

/// <summary>What the fuzzer counts as a failure.</summary>
internal enum FuzzProblemKind
{
    /// <summary>An exception other than the documented one (or a wrong one for the input kind).</summary>
    Crash,

    /// <summary>Records read ≠ accepted + quarantined + opted out, or quarantine rows ≠ the quarantined count.</summary>
    AccountingMismatch,
}

/// <summary>A failure found on one input.</summary>
/// <param name="Kind">Crash or accounting mismatch.</param>
/// <param name="Detail">The exception or the numbers that disagree.</param>
internal sealed record FuzzProblem(FuzzProblemKind Kind, string Detail);
