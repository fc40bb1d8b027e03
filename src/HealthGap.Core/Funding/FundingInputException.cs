namespace HealthGap.Core.Funding;

/// <summary>
/// A funding input is wrong: a negative budget, an unknown place code, a weights file that does not
/// parse. The message names the file, line and field where it applies, and says what to do.
/// </summary>
public sealed class FundingInputException : Exception
{
    /// <summary>Creates the exception for a problem that is not in a file.</summary>
    public FundingInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception for a problem in one field of one line of a file.</summary>
    public FundingInputException(string file, long line, string field, string problem)
        : base($"{file}, line {line}, field '{field}': {problem}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates an exception with no message (for serializers and tooling).</summary>
    public FundingInputException() : base("A funding input is invalid.")
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public FundingInputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The file name that is wrong, when the problem is in a file.</summary>
    public string? File { get; }

    /// <summary>The 1-based line number in the file (the header is line 1), when known.</summary>
    public long? Line { get; }

    /// <summary>The column name, when known.</summary>
    public string? Field { get; }
}
