namespace HealthGap.Core.Indicators.Definitions;

/// <summary>An indicator definition file is invalid; the message names the file, line and field and says what to change.</summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DefinitionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
