namespace HealthGap.Core.Ingest;

/// <summary>
/// One record as read from a source, with its fields in the feed's documented column order. CSV rows and
/// FHIR resources mapped to the same feed both arrive as this, so both routes share every rule after it.
/// </summary>
internal interface ISourceRow
{
    /// <summary>Line (CSV: physical row, header = 1; NDJSON: line; Bundle: entry number) for quarantine.</summary>
    long Line { get; }

    /// <summary>The field at the feed's column <paramref name="index"/>, untrimmed; empty when absent.</summary>
    ReadOnlySpan<char> Field(int index);
}
