namespace HealthGap.Web.Results;

/// <summary>An area that has results: its type (icb, place, pcn), code and name.</summary>
/// <param name="Type">Area type as the report writes it.</param>
/// <param name="Code">Area code (ODS or GSS).</param>
/// <param name="Name">Area name.</param>
internal sealed record AreaRef(string Type, string Code, string Name);
