namespace HealthGap.Synthetic.Events;

/// <summary>What a GP coded entry is, which decides its FHIR resource type.</summary>
internal enum GpKind
{
    /// <summary>A diagnosis or its resolution (FHIR Condition).</summary>
    Condition,

    /// <summary>A measurement or a recorded finding, with or without a value (FHIR Observation).</summary>
    Observation,

    /// <summary>A vaccination (FHIR Immunization).</summary>
    Immunization,

    /// <summary>A health check (FHIR Procedure).</summary>
    Procedure,

    /// <summary>
    /// A medicine issued (a dm+d code; FHIR MedicationRequest). The FHIR sample has no mapping for it yet
    /// and writes it as a Procedure, its fallback.
    /// </summary>
    MedicationIssue,
}
