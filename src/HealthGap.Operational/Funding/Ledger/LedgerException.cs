namespace HealthGap.Operational.Funding.Ledger;

/// <summary>A ledger operation was refused (an unknown entry, an edit of a stored row, a bad amount); the message says what to do.</summary>
public sealed class LedgerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LedgerException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception with no message (for serializers and tooling).</summary>
    public LedgerException() : base("The ledger refused the operation.")
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public LedgerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
