namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>A report folder's file is damaged or of another format: the message names the file, line and column, and says to re-run the report.</summary>
/// <param name="message">What is wrong and where.</param>
public sealed class ReportFolderException(string message) : Exception(message);
