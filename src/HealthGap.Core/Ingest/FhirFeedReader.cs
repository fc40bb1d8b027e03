using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Reads FHIR R4 GP data (NDJSON, one resource a line, streamed; or a Bundle <c>*.json</c>, read whole) and
/// maps each resource to the CSV row of the same content (<see cref="FhirRowMapper"/>), so it goes through
/// exactly the checks and staging of the CSV route.
/// </summary>
internal sealed class FhirFeedReader(IngestState state, int fileId)
{
    // Ostrich mode: no per-element validation in the parser; our own field rules check what we use, and it is several times faster.
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Ostrich);

    /// <summary>The feed processors this file's resources went to.</summary>
    public Dictionary<FeedDefinition, FeedProcessor> Processors { get; } = [];

    /// <summary>Reads the file.</summary>
    public void Read(string path, Action<long, long> progress)
    {
        var fallbackFeed = Path.GetFileName(path).StartsWith("Patient", StringComparison.OrdinalIgnoreCase) ? FeedCatalogue.Registrations
            : Path.GetFileName(path).StartsWith("Encounter", StringComparison.OrdinalIgnoreCase) ? FeedCatalogue.GpAppointments
            : FeedCatalogue.GpEvents;
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream);
            long line = 0;
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    Handle(text, line, fallbackFeed);
                }

                if (line % 4096 == 0)
                {
                    progress(stream.Position, line);
                }
            }

            progress(stream.Length, line);
            return;
        }

        var bundleText = File.ReadAllText(path);
        Resource? resource = Parse(bundleText, out var error);
        if (resource is Bundle bundle)
        {
            for (var i = 0; i < bundle.Entry.Count; i++)
            {
                if (bundle.Entry[i].Resource is { } entry)
                {
                    Map(entry, i + 1, fallbackFeed);
                }
            }
        }
        else if (resource is not null)
        {
            Map(resource, 1, fallbackFeed);
        }
        else
        {
            ProcessorFor(fallbackFeed).Malformed(1, "not a FHIR R4 resource: " + error);
        }

        progress(new FileInfo(path).Length, 1);
    }

    private void Handle(string text, long line, FeedDefinition fallbackFeed)
    {
        if (FhirLeanMapper.TryMap(text, state.FhirPatients, out var lean))
        {
            ProcessorFor(lean.Feed).Process(new ArraySourceRow(line, lean.Values));
            return;
        }

        var resource = Parse(text, out var error);
        if (resource is null)
        {
            ProcessorFor(fallbackFeed).Malformed(line, "not a FHIR R4 resource: " + error);
            return;
        }

        Map(resource, line, fallbackFeed);
    }

    private void Map(Resource resource, long line, FeedDefinition fallbackFeed)
    {
        var mapped = FhirRowMapper.Map(resource, state.FhirPatients);
        if (mapped is null)
        {
            ProcessorFor(fallbackFeed).Malformed(line, $"FHIR {resource.TypeName} resources are not read by ingest (see docs/extracts.md).");
            return;
        }

        ProcessorFor(mapped.Value.Feed).Process(new ArraySourceRow(line, mapped.Value.Values));
    }

    private FeedProcessor ProcessorFor(FeedDefinition feed)
    {
        var existing = Processors.Keys.FirstOrDefault(f => f.Name == feed.Name);
        if (existing is not null)
        {
            return Processors[existing];
        }

        var processor = new FeedProcessor(state, feed, fileId);
        Processors[feed] = processor;
        return processor;
    }

    private static Resource? Parse(string text, out string error)
    {
        error = "";
        try
        {
            return JsonSerializer.Deserialize<Resource>(text, Options);
        }
        catch (Exception ex) when (ex is JsonException or DeserializationFailedException or InvalidOperationException)
        {
            // The message may quote the resource; keep only its kind so no identifier reaches quarantine.
            error = ex.GetType().Name;
            return null;
        }
    }
}
