namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// The hospital spell of the event has (<c>procedure</c>) or has not (<c>no_procedure</c>) a primary
/// procedure in an OPCS-4 list: the store's <c>procedure</c> row of the same person, admission date and
/// discharge date from source <c>apc</c> (docs/data-model.md). With <see cref="WhenDiagnosis"/> the
/// condition applies only to spells whose primary diagnosis is in one of those lists; other spells pass.
/// </summary>
/// <param name="Codelist">OPCS-4 list (<c>opcs4_*</c>, optional <c>/category</c>).</param>
/// <param name="Present">True: the spell must have such a procedure; false: it must not.</param>
/// <param name="WhenDiagnosis">ICD-10 lists of the diagnoses the condition applies to; empty for every spell.</param>
internal sealed record SpellProcedure(string Codelist, bool Present, IReadOnlyList<string> WhenDiagnosis) : EventCondition;
