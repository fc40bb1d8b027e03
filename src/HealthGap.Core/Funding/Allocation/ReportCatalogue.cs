using System.Text.Json;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>Reads indicator polarity from the <c>catalogue.json</c> that <c>healthgap report</c> writes beside indicators.csv.</summary>
internal static class ReportCatalogue
{
    /// <summary>
    /// For each indicator, true when higher is better. Lower-is-better and context indicators (e.g.
    /// recorded prevalence) count a higher value as more need.
    /// </summary>
    public static bool[] HigherIsBetter(string indicatorsCsv, IReadOnlyList<string> indicators)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(indicatorsCsv))!, "catalogue.json");
        if (!File.Exists(path))
        {
            throw new FundingInputException($"{path}: not found. The need index reads each indicator's polarity from the catalogue.json that 'healthgap report' writes beside indicators.csv; keep the report folder together.");
        }

        var polarity = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.TryGetProperty("id", out var id) && entry.TryGetProperty("polarity", out var p))
                {
                    polarity[id.GetString() ?? string.Empty] = p.GetString() ?? string.Empty;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FundingInputException($"catalogue.json: cannot be read ({ex.Message}); write the report again with 'healthgap report'.", ex);
        }

        return indicators.Select(i => polarity.TryGetValue(i, out var p)
            ? p.Contains("higher", StringComparison.OrdinalIgnoreCase)
            : throw new FundingInputException($"catalogue.json: indicator '{i}' is not in the report (indicators: {string.Join(", ", polarity.Keys.Order(StringComparer.Ordinal))}).")).ToArray();
    }
}
