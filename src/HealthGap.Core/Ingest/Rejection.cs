namespace HealthGap.Core.Ingest;

/// <summary>Why a record was rejected: the field, its masked value, the reason and a human detail.</summary>
/// <param name="Field">Column name (or several joined with <c>+</c>).</param>
/// <param name="ValueMasked">The offending value with identifiers masked.</param>
/// <param name="Reason">One of <see cref="QuarantineReason"/>.</param>
/// <param name="Detail">What was wrong and what to do, in words.</param>
internal sealed record Rejection(string Field, string ValueMasked, string Reason, string Detail);
