namespace HealthGap.Cli;

/// <summary>The user asked for something that does not exist; the message says what to do instead.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
