namespace HealthGap.Web.Results;

/// <summary>A results file is damaged or in an unknown format; the message says which file, line and column.</summary>
internal sealed class ResultsException(string message) : Exception(message);
