using HealthGap.Core.Privacy;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>Everything the record processors of one batch share; built once, when the batch's staging writer exists.</summary>
/// <param name="Resolver">NHS number → person.</param>
/// <param name="OptOuts">The opt-out list.</param>
/// <param name="Linkage">The fallback linkage index.</param>
/// <param name="Validator">Field checks.</param>
/// <param name="Known">Known LSOAs and practices.</param>
/// <param name="Writer">The staging writer.</param>
internal sealed record IngestState(
    PersonResolver Resolver, OptOutRegister OptOuts, LinkageIndex Linkage, RowValidator Validator,
    KnownCodes Known, BatchWriter Writer)
{
    /// <summary>FHIR Patient id → (NHS number, practice) for resources that refer to a Patient by reference. Memory only.</summary>
    public Dictionary<string, (string? NhsNumber, string? Practice)> FhirPatients { get; } = new(StringComparer.Ordinal);

    /// <summary>Record keys read so far in this batch (a Bloom filter that flags possible duplicates for SQL to check).</summary>
    public RecordKeyFilter SeenKeys { get; init; } = new(1 << 16);

    /// <summary>
    /// True when the store's <c>event</c> table was empty as the batch began (a first load): events are then
    /// appended straight into it inside the batch's transaction (no staging copy), and only possibly
    /// repeated ones are staged too, for the duplicate check.
    /// </summary>
    public bool DirectEvents { get; init; }

    /// <summary>Shared string pool for codes.</summary>
    public StringPool Strings { get; } = new();

    /// <summary>Quarantined records by reason (while reading; SQL-found duplicates are added later).</summary>
    public Dictionary<string, long> QuarantinedByReason { get; } = new(StringComparer.Ordinal);
}
