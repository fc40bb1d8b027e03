namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// A condition on a person, evaluated at the end of the reporting period. Each concrete kind has
/// exactly one SQL emitter in <c>Indicators/Engine</c>; the YAML key of each kind is in
/// <see cref="DefinitionReader"/>.
/// </summary>
public abstract record Criterion;

/// <summary>Registered with a practice and alive at the end of the period (<c>registered</c>).</summary>
internal sealed record RegisteredCriterion : Criterion;

/// <summary>Age in whole years at the end of the period within [Min, Max] (<c>age</c>).</summary>
internal sealed record AgeCriterion(int? Min, int? Max) : Criterion;

/// <summary>A PLUS flag on the person is true (<c>flag</c>), e.g. learning_disability.</summary>
internal sealed record FlagCriterion(string Flag) : Criterion;

/// <summary>
/// On a clinical register by the QOF latest-code rule (<c>on_register</c>): the latest code in
/// <see cref="Codelist"/> up to the period end is later than the latest code in <see cref="ResolvedBy"/>, or no resolved code exists.
/// </summary>
internal sealed record OnRegisterCriterion(string Codelist, string? ResolvedBy) : Criterion;

/// <summary>At least <see cref="MinCount"/> matching events in the window (<c>has_event</c>).</summary>
internal sealed record HasEventCriterion(EventFilter Filter, int MinCount) : Criterion;

/// <summary>The latest value of a code in the window compares to a threshold (<c>latest_value</c>); no value in the window is false.</summary>
internal sealed record LatestValueCriterion(string Codelist, Window Window, Comparison Comparison, double Threshold) : Criterion;

/// <summary>Died within the window (<c>died</c>).</summary>
internal sealed record DiedCriterion(Window Window) : Criterion;

/// <summary>All of the inner criteria hold (<c>all_of</c>).</summary>
internal sealed record AllOfCriterion(IReadOnlyList<Criterion> Criteria) : Criterion;

/// <summary>At least one of the inner criteria holds (<c>any_of</c>).</summary>
internal sealed record AnyOfCriterion(IReadOnlyList<Criterion> Criteria) : Criterion;

/// <summary>The inner criterion does not hold (<c>not</c>).</summary>
internal sealed record NotCriterion(Criterion Inner) : Criterion;
