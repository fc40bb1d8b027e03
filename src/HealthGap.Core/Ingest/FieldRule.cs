namespace HealthGap.Core.Ingest;

/// <summary>One column of a feed and how it is checked.</summary>
/// <param name="Column">Header name in the CSV.</param>
/// <param name="Kind">How it is checked.</param>
/// <param name="Required">Whether an empty value quarantines the record.</param>
/// <param name="Codes">For <see cref="FieldKind.Code"/>: the allowed values.</param>
internal sealed record FieldRule(string Column, FieldKind Kind, bool Required = true, HashSet<string>? Codes = null)
{
    /// <summary>A required code field with these allowed values.</summary>
    public static FieldRule Code(string column, params string[] codes) =>
        new(column, FieldKind.Code, true, codes.ToHashSet(StringComparer.Ordinal));

    /// <summary>An optional code field with these allowed values.</summary>
    public static FieldRule OptionalCode(string column, params string[] codes) =>
        new(column, FieldKind.Code, false, codes.ToHashSet(StringComparer.Ordinal));
}
