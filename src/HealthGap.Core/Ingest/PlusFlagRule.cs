namespace HealthGap.Core.Ingest;

/// <summary>
/// How one PLUS flag on <c>person</c> is derived from events: the person has the flag when their latest
/// event with an <see cref="Include"/> code is later than their latest with an <see cref="Exclude"/> code
/// (a resolution, "no longer a carer"...), or they have no excluding event at all.
/// </summary>
/// <param name="Flag">The <c>person</c> column.</param>
/// <param name="CodeSystem"><c>snomed</c> for GP codelists, <c>local</c> for council services.</param>
/// <param name="Include">Code list references (<c>file</c> or <c>file/category</c>, as in the indicator definitions), or local codes.</param>
/// <param name="Exclude">Codelists whose later presence switches the flag off.</param>
/// <param name="CurrentOnly">Only events still running (no end date, or ending today or later) count.</param>
internal sealed record PlusFlagRule(string Flag, string CodeSystem, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, bool CurrentOnly = false)
{
    /// <summary>The rules, documented in <c>docs/ingest.md</c>.</summary>
    public static IReadOnlyList<PlusFlagRule> All =>
    [
        new("learning_disability", "snomed", ["ld_cod"], []),
        new("autism", "snomed", ["autism_cod"], []),
        new("smi", "snomed", ["mh_cod"], ["smi_remission_primis_smhres"]),
        new("homeless", "snomed", ["homeless_primis"], []),
        new("carer", "snomed", ["carer_primis"], ["notcarer_primis"]),
        new("interpreter_needed", "snomed", ["interpreter_required"], []),
        new("english_not_main_language", "snomed", ["english_not_main_language"], []),
        new("housebound", "snomed", ["housebound"], ["housebound_no_longer"]),
        new("care_home", "snomed", ["carehome_cod"], []),
        new("lives_alone", "snomed", ["healthgap_local/lives_alone"], []),
        new("assisted_bin_collection", "local", ["assisted_bin_collection"], [], CurrentOnly: true),
        new("looked_after_child", "local", ["looked_after_child"], [], CurrentOnly: true),
    ];
}
