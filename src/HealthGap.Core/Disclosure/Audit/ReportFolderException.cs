namespace HealthGap.Core.Disclosure.Audit;

/// <summary>The folder is missing or is not a HealthGap report; the message says what was expected.</summary>
public sealed class ReportFolderException(string message) : Exception(message);
