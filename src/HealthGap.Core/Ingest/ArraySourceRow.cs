namespace HealthGap.Core.Ingest;

/// <summary>A row whose fields are already strings (FHIR resources mapped to a feed, tests).</summary>
/// <param name="Line">Where the record was read from.</param>
/// <param name="Values">Fields in the feed's column order; null means empty.</param>
internal sealed record ArraySourceRow(long Line, IReadOnlyList<string?> Values) : ISourceRow
{
    /// <inheritdoc />
    public ReadOnlySpan<char> Field(int index) => index < Values.Count ? Values[index].AsSpan() : [];
}
