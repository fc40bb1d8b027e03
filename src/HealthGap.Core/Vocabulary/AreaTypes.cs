namespace HealthGap.Core.Vocabulary;

/// <summary>
/// The area types results are reported for, named once, with the <c>person</c> column each one groups by:
/// residence for ICB, sub-ICB and place; registration for PCN and practice.
/// </summary>
public static class AreaTypes
{
    /// <summary>Integrated care board (by residence).</summary>
    public const string Icb = "icb";

    /// <summary>Sub-ICB location (by residence).</summary>
    public const string SubIcb = "sub_icb";

    /// <summary>Place: the local authority district (by residence).</summary>
    public const string Place = "place";

    /// <summary>Primary care network (by registration).</summary>
    public const string Pcn = "pcn";

    /// <summary>GP practice (by registration).</summary>
    public const string Practice = "practice";

    /// <summary>Area type → column of <c>p</c> (the person table), largest first.</summary>
    public static IReadOnlyDictionary<string, string> PersonColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Icb] = "icb22cdh",
        [SubIcb] = "sicbl22cdh",
        [Place] = "lad22cd",
        [Pcn] = "pcn_code",
        [Practice] = "practice_code",
    };

    /// <summary>
    /// Whether results for an area of this type are split by breakdown. Practices publish the
    /// all-persons figure only, as the national general practice profiles do: split by deprivation,
    /// ethnicity or a PLUS group, a practice's figures are almost all too small to publish, and because
    /// practices add up to their PCN, protecting them would hide figures for the PCN, the place and the ICB too.
    /// </summary>
    public static bool PublishesBreakdowns(string areaType) => areaType != Practice;

    /// <summary>Every area type, largest first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. PersonColumns.Keys];
}
