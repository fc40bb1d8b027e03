namespace HealthGap.Core.Ingest;

/// <summary>
/// What one FHIR resource becomes: rows of one CSV feed, in its column order. Usually one row; a Patient
/// gives one <c>gp_registrations</c> row per registration period it carries.
/// </summary>
/// <param name="Feed">The feed the rows belong to.</param>
/// <param name="Rows">The rows; null values are empty fields.</param>
internal readonly record struct FhirRows(FeedDefinition Feed, IReadOnlyList<string?[]> Rows);
