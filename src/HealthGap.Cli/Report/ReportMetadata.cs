using System.Text.Json;

namespace HealthGap.Cli.Report;

/// <summary>
/// Writes <c>metadata.json</c> beside the report's tables: what kind of data the figures were computed
/// from. The web app reads it to label every page, download and API answer; a report from synthetic
/// extracts must never pass for figures about real people.
/// </summary>
internal static class ReportMetadata
{
    public const string FileName = "metadata.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string directory, bool synthetic) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["data_source"] = synthetic ? "synthetic" : "extracts",
                ["synthetic"] = synthetic,
                ["about"] = synthetic
                    ? "Computed from synthetic extracts made by healthgap synth (truth.json beside them): every person is invented. Not about any real population."
                    : "Computed from the extracts loaded into the store.",
            },
            Indented));
}
