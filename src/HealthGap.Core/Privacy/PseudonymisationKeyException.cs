namespace HealthGap.Core.Privacy;

/// <summary>The pseudonymisation key is missing, unreadable or too weak; the message says what to do.</summary>
public sealed class PseudonymisationKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PseudonymisationKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PseudonymisationKeyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PseudonymisationKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
