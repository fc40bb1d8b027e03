namespace HealthGap.Core.Ingest;

/// <summary>An ingest cannot go on (a file is missing a column, the key does not match the store…); the message says what to do.</summary>
public sealed class IngestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IngestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public IngestException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public IngestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
