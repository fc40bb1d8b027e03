namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// A report asked for something the store or the library cannot give: a period that is not a period
/// or lies outside the data, an empty store. The asker can fix it (the CLI makes it a usage error); any
/// other exception from a report run is a fault in HealthGap or the store.
/// </summary>
/// <param name="message">What was wrong and what to do instead.</param>
public sealed class ReportRequestException(string message) : ArgumentException(message);
