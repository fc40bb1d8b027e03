namespace HealthGap.Core.Vocabulary;

/// <summary>
/// How ingest derives one PLUS flag from coded events: the person has the flag when their latest event
/// with an <see cref="Include"/> code is later than their latest with an <see cref="Exclude"/> code (a
/// resolution, "no longer a carer"...), or they have no excluding event at all.
/// </summary>
/// <param name="CodeSystem"><see cref="Snomed"/> for GP code lists, <see cref="Local"/> for council services.</param>
/// <param name="Include">Code-list file names (under <c>codelists/</c>, <c>file/category</c> for one category of a
/// file), or, for council services, the service codes themselves.</param>
/// <param name="Exclude">Code lists whose later presence switches the flag off.</param>
/// <param name="CurrentOnly">Only events still running (no end date, or ending today or later) count.</param>
public sealed record PlusFlagDerivation(string CodeSystem, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, bool CurrentOnly)
{
    /// <summary>The code system of GP records.</summary>
    public const string Snomed = "snomed";

    /// <summary>The code system of council services (the service code is the code).</summary>
    public const string Local = "local";

    /// <summary>The council service whose current record sets the flag, or null for a GP-coded flag.</summary>
    public string? CouncilService => CodeSystem == Local ? Include[0] : null;

    /// <summary>The code list a generator picks the flag's GP code from, or null for a council service.</summary>
    public string? GpCodeList => CodeSystem == Snomed ? Include[0] : null;

    /// <summary>A flag recorded by GP codes from <paramref name="include"/>, switched off by a later code from <paramref name="exclude"/>.</summary>
    public static PlusFlagDerivation GpCodes(IReadOnlyList<string> include, IReadOnlyList<string>? exclude = null) =>
        new(Snomed, include, exclude ?? [], false);

    /// <summary>A flag set while the person has a current record of the council service <paramref name="service"/>.</summary>
    public static PlusFlagDerivation CouncilServiceRecord(string service) => new(Local, [service], [], true);
}
