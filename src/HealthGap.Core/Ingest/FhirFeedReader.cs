using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Reads FHIR R4 GP data (NDJSON, one resource a line, streamed; or a Bundle <c>*.json</c>, read whole and
/// split entry by entry) and maps each resource to the CSV rows of the same content (<see cref="FhirRowMapper"/>),
/// so it goes through exactly the checks and staging of the CSV route. A resource that cannot be read (bad JSON,
/// an element of the wrong type) is one quarantined record naming the file, line, Bundle entry and element.
/// </summary>
internal sealed class FhirFeedReader(IngestState state, int fileId)
{
    // Ostrich mode: no per-element validation in the parser; our own field rules check what we use, and it is several times faster.
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Ostrich);

    private string _fileName = "";

    /// <summary>The feed processors this file's resources went to.</summary>
    public Dictionary<FeedDefinition, FeedProcessor> Processors { get; } = [];

    /// <summary>Reads the file.</summary>
    public void Read(string path, Action<long, long> progress)
    {
        _fileName = Path.GetFileName(path);
        var fallbackFeed = FeedFor(_fileName);
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
                    Handle(text, line, null, fallbackFeed);
                }

                if (line % 4096 == 0)
                {
                    progress(stream.Position, line);
                }
            }

            progress(stream.Length, line);
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var bundle = FhirBundleEntries.Split(bytes);
        if (!bundle.IsBundle)
        {
            Handle(System.Text.Encoding.UTF8.GetString(bytes), 1, null, fallbackFeed);
        }

        foreach (var item in bundle.Items)
        {
            if (item.Json is { } json)
            {
                Handle(json, item.Line, item.Entry, fallbackFeed);
            }
            else
            {
                ProcessorFor(fallbackFeed).Malformed(item.Line, "Bundle.entry", $"{Where(item.Line, item.Entry)}: {item.Error}.");
            }
        }

        progress(bytes.Length, 1);
    }

    private void Handle(string text, long line, int? entry, FeedDefinition fallbackFeed)
    {
        if (FhirLeanMapper.TryMap(text, state.FhirPatients, out var lean))
        {
            Process(lean, line);
            return;
        }

        var resource = Parse(text, out var error);
        if (resource is null)
        {
            ProcessorFor(fallbackFeed).Malformed(line, "(resource)", $"{Where(line, entry)}: not a FHIR R4 resource ({error}).");
            return;
        }

        FhirRows? mapped;
        try
        {
            mapped = FhirRowMapper.Map(resource, state.FhirPatients);
        }
        catch (FhirFieldException ex)
        {
            ProcessorFor(FeedFor(resource.TypeName)).Malformed(line, ex.Field, $"{Where(line, entry)}: {ex.Field} {ex.Problem}.");
            return;
        }

        if (mapped is null)
        {
            ProcessorFor(fallbackFeed).Malformed(line, "resourceType", $"{Where(line, entry)}: FHIR {resource.TypeName} resources are not read by ingest (see docs/ingest.md).");
            return;
        }

        Process(mapped.Value, line);
    }

    private void Process(FhirRows rows, long line)
    {
        var processor = ProcessorFor(rows.Feed);
        foreach (var values in rows.Rows)
        {
            processor.Process(new ArraySourceRow(line, values));
        }
    }

    private string Where(long line, int? entry) => entry is { } e ? $"{_fileName} line {line} (Bundle entry {e})" : $"{_fileName} line {line}";

    private static FeedDefinition FeedFor(string name) =>
        name.StartsWith("Patient", StringComparison.OrdinalIgnoreCase) ? FeedCatalogue.Registrations
            : name.StartsWith("Encounter", StringComparison.OrdinalIgnoreCase) ? FeedCatalogue.GpAppointments
            : FeedCatalogue.GpEvents;

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
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Untrusted input through a third-party parser: any failure means the line is not a resource we can read.
            // The message may quote the resource; keep only its kind so no identifier reaches quarantine.
            error = ex.GetType().Name;
            return null;
        }
    }
}
