namespace HealthGap.Core.WaitingList.Publication;

/// <summary>Ids of the disclosure cells behind the waiting-list figures.</summary>
internal static class CellIds
{
    /// <summary>Measure: pathways in the group.</summary>
    public const string Pathways = "n";

    /// <summary>The cell of <paramref name="group"/> of <paramref name="breakdown"/> for <paramref name="measure"/>.</summary>
    public static string Of(string breakdown, string group, string measure) => $"{breakdown}|{group}|{measure}";

    /// <summary>Measure id for waits over <paramref name="weeks"/> weeks.</summary>
    public static string Over(int weeks) => "over" + weeks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The group × treatment-function pathways cell of the within-specialty view.</summary>
    public static string Within(string breakdown, string group, string treatmentFunction) =>
        Of(breakdown, group + "@" + treatmentFunction, Pathways);
}
