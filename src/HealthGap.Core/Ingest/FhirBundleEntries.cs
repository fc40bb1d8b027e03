using System.Text.Json;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Splits a FHIR Bundle file into its entries without trusting the whole: each entry's resource is cut out
/// on its own, with its entry number and the line it starts on, so one bad entry is quarantined alone and
/// the good ones are kept. JSON that breaks part-way gives the entries before the break and one error item
/// for the rest. A file that is not a Bundle comes back as <see cref="IsBundle"/> false (one resource).
/// </summary>
internal sealed class FhirBundleEntries
{
    private FhirBundleEntries(bool isBundle, IReadOnlyList<Item> items)
    {
        IsBundle = isBundle;
        Items = items;
    }

    /// <summary>True when the file's root object is a Bundle.</summary>
    public bool IsBundle { get; }

    /// <summary>The entries, in file order; for a file that is not a Bundle, empty.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>Reads the entries of <paramref name="utf8"/>.</summary>
    public static FhirBundleEntries Split(byte[] utf8)
    {
        var items = new List<Item>();
        string? resourceType = null;
        var entry = 0;
        var lines = new LineCounter(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new FhirBundleEntries(false, []);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "resourceType" && reader.TokenType == JsonTokenType.String)
                {
                    resourceType = reader.GetString();
                }
                else if (name == "entry" && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var number = entry + 1;
                        var line = lines.LineAt(reader.TokenStartIndex);
                        using var document = JsonDocument.ParseValue(ref reader);
                        var element = document.RootElement;
                        items.Add(element.ValueKind == JsonValueKind.Object && element.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object
                            ? new Item(number, line, resource.GetRawText(), null)
                            : new Item(number, line, null, "the entry has no resource object"));
                        entry = number;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Keep what was read before the break; everything after it is one malformed item. (Invalid UTF-8 in a
            // string surfaces as InvalidOperationException, without a line: the line the reader had reached is used.)
            var line = ex is JsonException { LineNumber: { } at } ? at + 1 : lines.LineAt(reader.TokenStartIndex);
            items.Add(new Item(entry + 1, line, null, $"the file's JSON breaks at line {line}; entries from number {entry + 1} on could not be read"));
            return new FhirBundleEntries(true, items);
        }

        return resourceType == "Bundle" ? new FhirBundleEntries(true, items) : new FhirBundleEntries(false, []);
    }

    /// <summary>One entry: its resource's JSON, or why there is none.</summary>
    /// <param name="Entry">1-based entry number.</param>
    /// <param name="Line">Line of the file the entry starts on.</param>
    /// <param name="Json">The resource's JSON text, or null.</param>
    /// <param name="Error">Why the entry cannot be read, or null.</param>
    internal sealed record Item(int Entry, long Line, string? Json, string? Error);

    private sealed class LineCounter(byte[] utf8)
    {
        private long _position;
        private long _line = 1;

        public long LineAt(long offset)
        {
            for (; _position < offset && _position < utf8.Length; _position++)
            {
                if (utf8[_position] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }
}
