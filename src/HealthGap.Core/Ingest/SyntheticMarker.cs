using System.Text.Json;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Recognises extracts made by <c>healthgap synth</c>: their folder holds the <c>truth.json</c> it
/// writes, which says the people are invented. The ingest records that fact in <c>ingest_file</c>
/// (feed <see cref="Feed"/>) so every report made from the store can say its figures are synthetic.
/// It does not judge real extracts; a folder without that file is taken as they come.
/// </summary>
internal static class SyntheticMarker
{
    /// <summary>The <c>ingest_file.feed</c> value that marks a batch as loaded from synthetic extracts.</summary>
    public const string Feed = "synthetic_truth";

    /// <summary>The file synth writes beside its extracts.</summary>
    public const string FileName = "truth.json";

    /// <summary>The truth file's content hash when <paramref name="directory"/> holds synth's <c>truth.json</c>; otherwise null.</summary>
    public static string? Find(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return SaysSynthetic(document.RootElement) ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // synth marks its NHS numbers as synthetic; a top-level flag is accepted too.
    private static bool SaysSynthetic(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && (IsTrue(root, "synthetic")
            || (root.TryGetProperty("nhs_numbers", out var numbers) && numbers.ValueKind == JsonValueKind.Object && IsTrue(numbers, "synthetic")));

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
