namespace HealthGap.Core.WaitingList;

/// <summary>The store cannot be read for a waiting-list analysis; the message says what to do.</summary>
public sealed class WaitingListStoreException : Exception
{
    /// <summary>Creates the exception with a message for the analyst.</summary>
    public WaitingListStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public WaitingListStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public WaitingListStoreException()
        : base("the store could not be read for the waiting-list analysis")
    {
    }
}
