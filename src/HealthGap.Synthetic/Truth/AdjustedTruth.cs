using System.Text.Json;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Truth;

/// <summary>
/// The <c>truth.json</c> entries for comparisons adjusted for deprivation (indirect standardisation for IMD quintile,
/// age band and sex within the ICB): one indicator with a real ethnic effect, planted at every level of deprivation,
/// and one whose crude ethnic gap comes only from where people live. They carry <c>adjusted_ratios</c>, not
/// <c>breakdowns</c>: the planted value is a ratio after adjustment, not a group's rate.
/// </summary>
internal static class AdjustedTruth
{
    private const string Tolerance = "Poisson: the adjusted ratio's 95% interval (Byar's) should hold the planted ratio; where the planted ratio is 1 it should hold 1, and where it is not it should exclude 1 on the planted side.";

    public static void Write(Utf8JsonWriter json, PlantedValues planted, string from, string to)
    {
        Entry(json, "dsr_elective_adm",
            "Elective admissions (RTT pathways and planned day cases) are rarer in some ethnic groups at every level of deprivation, age and sex: the gap stays after adjustment. " +
            "'planted' is the rate ratio against everyone else of the same age; against the whole area (which includes the group) the ratio is a little nearer 1.",
            "Elective admissions (admitted RTT pathways and planned day cases, method 11) per person-year registered.", $"Any full financial year from {from} to {to}.", planted.PlannedCareByEthnicGroup);
        Entry(json, "dsr_ae_att",
            "A&E attendances depend on age and IMD quintile only (no ethnic effect): a crude ethnic gap comes from where people live and vanishes after adjustment.",
            "ae_attendances.csv rows per person-year registered.", $"Any full financial year from {from} to {to}.", new Dictionary<string, double>(StringComparer.Ordinal));
    }

    private static void Entry(Utf8JsonWriter json, string id, string meaning, string numerator, string period, IReadOnlyDictionary<string, double> ratios)
    {
        json.WriteStartObject();
        json.WriteString("indicator", id);
        json.WriteString("meaning", meaning);
        json.WriteString("population", "People registered in the ICB; reference = the whole ICB's rate in each IMD quintile x age band x sex stratum.");
        json.WriteString("numerator", numerator);
        json.WriteString("period", period);
        json.WriteString("measure", "ratio");
        json.WriteString("tolerance", Tolerance);
        json.WriteStartObject("adjusted_ratios");
        json.WriteString("breakdown", BreakdownNames.EthnicGroup);
        json.WriteString("adjusted_for", "imd_quintile, age_band, sex");
        json.WriteNumber("others", 1);
        json.WriteStartObject("planted");
        foreach (var (group, ratio) in ratios.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(group, ratio);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
