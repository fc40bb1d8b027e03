namespace HealthGap.Core.Reference;

/// <summary>
/// A reference data file is missing or damaged. The message names the file and, where it applies,
/// the line and field, and says what to do.
/// </summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception for a file-level problem.</summary>
    public ReferenceDataException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
    }

    /// <summary>Creates the exception for a problem in one field of one line.</summary>
    public ReferenceDataException(string file, long line, string field, string problem)
        : base($"{file}, line {line}, field '{field}': {problem}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates an exception with no file (for serializers and tooling).</summary>
    public ReferenceDataException() : base("Reference data is damaged.")
    {
        File = string.Empty;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ReferenceDataException(string message) : base(message)
    {
        File = string.Empty;
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public ReferenceDataException(string message, Exception innerException) : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>The file name (not the full path) that is wrong.</summary>
    public string File { get; }

    /// <summary>The 1-based line number in the file (the header is line 1), when known.</summary>
    public long? Line { get; }

    /// <summary>The column name, when known.</summary>
    public string? Field { get; }
}
