namespace HealthGap.Core.Store;

/// <summary>The store file cannot be used (missing, not a store, in use by another process); the message names the file and says what to do.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public StoreException()
        : base("the store cannot be opened")
    {
    }
}
