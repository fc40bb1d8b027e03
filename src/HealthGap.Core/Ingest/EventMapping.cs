namespace HealthGap.Core.Ingest;

/// <summary>
/// How a validated record of an activity feed becomes an <c>event</c> row. Column numbers index the
/// feed's <see cref="FeedDefinition.Fields"/>.
/// </summary>
/// <param name="Source">The <c>event.source</c> value.</param>
/// <param name="Kind">The <c>event.kind</c> value (unless <see cref="KindOf"/> decides per record).</param>
/// <param name="CodeSystem">The <c>event.code_system</c> value.</param>
/// <param name="Date">Column of <c>event_date</c>.</param>
/// <param name="Code">Column of <c>code</c>.</param>
internal sealed record EventMapping(string Source, string Kind, string CodeSystem, int Date, int Code)
{
    /// <summary>Column of <c>end_date</c>, if any.</summary>
    public int? End { get; init; }

    /// <summary>Column of <c>value</c>, if any.</summary>
    public int? Value { get; init; }

    /// <summary>Columns joined with <c>|</c> into <c>detail</c>.</summary>
    public IReadOnlyList<int> Detail { get; init; } = [];

    /// <summary>Decides <c>kind</c> from the code of the first detail column (admission method).</summary>
    public Func<string, string>? KindOf { get; init; }

    /// <summary>Column of a secondary OPCS-4 procedure, written as its own event (<c>kind = procedure</c>).</summary>
    public int? Procedure { get; init; }
}
