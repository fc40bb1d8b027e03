using System.Globalization;
using System.Text.Json;

namespace HealthGap.Synthetic.Truth;

/// <summary>Writes the raw planted parameters behind an indicator, so a reader sees the knobs as well as the expectation.</summary>
internal static class TruthParameters
{
    public static void Write(Utf8JsonWriter json, string indicator, PlantedValues planted)
    {
        json.WriteStartObject("planted_parameters");
        switch (indicator)
        {
            case "htn_detected_vs_expected":
                Quintiles(json, "share_diagnosed_by_imd_quintile", planted.HypertensionDetected);
                json.WriteStartObject("expected_prevalence");
                json.WriteString("how", "prevalence = by_age_band[band] x quintile_factor[quintile]; bands by age on the reference date");
                json.WriteStartObject("by_age_band");
                string[] bands = ["18-39", "40-59", "60-79", "80+"];
                for (var i = 0; i < bands.Length; i++)
                {
                    json.WriteNumber(bands[i], planted.HypertensionPrevalenceByAge[i]);
                }

                json.WriteEndObject();
                Quintiles(json, "quintile_factor", planted.HypertensionPrevalenceQuintileFactor);
                json.WriteEndObject();
                break;
            case "htn_treated_to_target":
                Quintiles(json, "by_imd_quintile", planted.HypertensionTreatedToTarget);
                json.WriteNumber("share_with_reading_in_12_months", planted.HypertensionReadingInYear);
                break;
            case "smoking_prevalence_gp":
                Quintiles(json, "by_imd_quintile", planted.CurrentSmoker);
                break;
            case "smi_health_check_all6":
                Quintiles(json, "base_by_imd_quintile", planted.SmiAllSixBase);
                Groups(json, "shift_by_ethnic_group", planted.SmiAllSixEthnicShift);
                break;
            case "copd_flu_vacc":
                Quintiles(json, "by_imd_quintile", planted.CopdFlu);
                break;
            case "copd_covid_vacc":
                Groups(json, "by_ethnic_group", planted.CopdCovidByEthnicGroup);
                break;
            case "copd_ppv_vacc":
                json.WriteNumber("all", planted.CopdPneumococcal);
                break;
            case "ld_annual_health_check":
                json.WriteNumber("all", planted.LdAnnualHealthCheck);
                break;
            case "cancer_stage12":
                Quintiles(json, "by_imd_quintile", planted.CancerStage12);
                break;
            case "cancer_emergency_presentation":
                Quintiles(json, "by_imd_quintile", planted.CancerEmergencyPresentation);
                break;
            case "cancer_via_ae_per_10000_ae":
                json.WriteNumber("core20", planted.CancerViaAePer10000.Core20);
                json.WriteNumber("rest", planted.CancerViaAePer10000.Others);
                break;
            case "frequent_ae_attenders":
                Quintiles(json, "share_of_adults_by_imd_quintile", planted.FrequentAttender);
                break;
            case "cyp_asthma_saba_overuse":
                Quintiles(json, "by_imd_quintile", planted.CypRelieverOveruse);
                break;
            case "cyp_tooth_extraction_ga":
                Quintiles(json, "per_child_year_aged_2_to_9_by_imd_quintile", planted.ToothExtraction);
                break;
            case "cyp_mh_access":
                Groups(json, "by_ethnic_group", planted.CypMentalHealthAccess);
                break;
            default:
                break;
        }

        json.WriteEndObject();
    }

    private static void Quintiles(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartObject(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteNumber((i + 1).ToString(CultureInfo.InvariantCulture), values[i]);
        }

        json.WriteEndObject();
    }

    private static void Groups(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, double> values)
    {
        json.WriteStartObject(name);
        foreach (var (group, value) in values)
        {
            json.WriteNumber(group, value);
        }

        json.WriteEndObject();
    }
}
