using System.Text;
using System.Text.Json;
using HealthGap.Synthetic.Extracts;
using Person = HealthGap.Synthetic.Population.Person;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace HealthGap.Synthetic.Fhir;

/// <summary>
/// The FHIR R4 NDJSON of one shard's sampled people: one line per resource, per resource type,
/// serialised with the Firely SDK's System.Text.Json serializer. Every resource id is the CSV
/// <c>record_id</c> of the same row, so the FHIR and CSV routes load identical rows.
/// </summary>
internal sealed class FhirSample
{
    public static readonly IReadOnlyList<string> ResourceTypes = ["Patient", "Encounter", "Condition", "Observation", "Immunization", "Procedure"];

    /// <summary>Firely's System.Text.Json options for R4; safe to share once built.</summary>
    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    private readonly StringBuilder[] _buffers = ResourceTypes.Select(_ => new StringBuilder()).ToArray();

    public int People { get; private set; }

    public StringBuilder Buffer(int resourceType) => _buffers[resourceType];

    public void Add(Person person, IReadOnlyList<GpRow> events, IReadOnlyList<AppointmentRow> appointments)
    {
        People++;
        var patient = FhirMapping.Patient(person);
        Append(0, patient);
        var subject = new ResourceReference("Patient/" + patient.Id);
        foreach (var appointment in appointments)
        {
            Append(1, FhirMapping.Encounter(appointment, subject));
        }

        foreach (var row in events)
        {
            switch (row.Kind)
            {
                case Events.GpKind.Condition:
                    Append(2, FhirMapping.Condition(row, subject));
                    break;
                case Events.GpKind.Observation:
                    Append(3, FhirMapping.Observation(row, subject));
                    break;
                case Events.GpKind.Immunization:
                    Append(4, FhirMapping.Immunization(row, subject));
                    break;
                default:
                    Append(5, FhirMapping.Procedure(row, subject));
                    break;
            }
        }
    }

    private void Append(int type, Resource resource) =>
        _buffers[type].Append(JsonSerializer.Serialize(resource, Options)).Append('\n');
}
