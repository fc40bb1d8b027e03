namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// What a numerator or denominator counts, among the indicator's population. Each concrete kind
/// has one SQL emitter in <c>Indicators/Engine</c>. A denominator of <see cref="PersonYearsCount"/>
/// makes the indicator a rate over time at risk: its numerator is then events, tumours or deaths by
/// age at the event (see docs/indicator-engine.md).
/// </summary>
public abstract record CountSpec;

/// <summary>People in the population meeting <see cref="Where"/> (<c>persons</c>).</summary>
internal sealed record PersonCount(IReadOnlyList<Criterion> Where) : CountSpec;

/// <summary>Matching events of people in the population (<c>events</c>).</summary>
internal sealed record EventCount(EventFilter Filter) : CountSpec;

/// <summary>Tumours of people in the population diagnosed in the window (<c>tumours</c>).</summary>
/// <param name="Codelist">ICD-10 site code list, or null for any site.</param>
/// <param name="Stages">Allowed stages (<c>1</c>–<c>4</c>, <c>U</c>), or empty for any.</param>
/// <param name="Routes">Allowed routes to diagnosis, or empty for any.</param>
/// <param name="EmergencyViaAe">When true only emergency presentations through A&amp;E count.</param>
/// <param name="Window">Diagnosis dates that count.</param>
internal sealed record TumourCount(
    string? Codelist,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Routes,
    bool EmergencyViaAe,
    Window Window) : CountSpec;

/// <summary>
/// Time at risk (<c>person_years</c>, denominators only): each person's days registered and alive
/// within the period, in the year of age they were then (split at birthdays), over 365.25. The
/// engine counts whole days, so the counts stay exact integers; the report divides by 365.25.
/// </summary>
internal sealed record PersonYearsCount : CountSpec;

/// <summary>
/// Deaths in the period while registered (<c>deaths</c>, numerators over <see cref="PersonYearsCount"/>
/// only), by age at death: <c>person.date_of_death</c> within a registration.
/// </summary>
internal sealed record DeathCount : CountSpec;
