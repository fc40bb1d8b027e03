namespace HealthGap.Core.Ingest;

/// <summary>
/// A FHIR element ingest reads holds the wrong JSON type or an unreadable value (<c>"effectiveDateTime":12345</c>,
/// a quantity of <c>"NaN"</c>, an array where an object belongs). The reader quarantines the one resource,
/// naming the element; the message never quotes the value, which may be an identifier.
/// </summary>
internal sealed class FhirFieldException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> (a FHIR path such as <c>Observation.effective[x]</c>).</summary>
    public FhirFieldException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public FhirFieldException()
    {
        Field = "";
        Problem = "";
    }

    /// <summary>Creates the exception.</summary>
    public FhirFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
        Problem = message;
    }

    /// <summary>The FHIR element, e.g. <c>Observation.valueQuantity.value</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it, in words.</summary>
    public string Problem { get; }
}
