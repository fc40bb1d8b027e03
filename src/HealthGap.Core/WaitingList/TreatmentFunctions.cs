namespace HealthGap.Core.WaitingList;

/// <summary>Names of the common NHS treatment function codes (NHS Data Dictionary), for people to read.</summary>
public static class TreatmentFunctions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["100"] = "general surgery",
        ["101"] = "urology",
        ["103"] = "breast surgery",
        ["104"] = "colorectal surgery",
        ["110"] = "trauma and orthopaedics",
        ["120"] = "ear, nose and throat",
        ["130"] = "ophthalmology",
        ["140"] = "oral surgery",
        ["150"] = "neurosurgery",
        ["160"] = "plastic surgery",
        ["170"] = "cardiothoracic surgery",
        ["300"] = "general internal medicine",
        ["301"] = "gastroenterology",
        ["320"] = "cardiology",
        ["330"] = "dermatology",
        ["340"] = "respiratory medicine",
        ["400"] = "neurology",
        ["410"] = "rheumatology",
        ["430"] = "elderly medicine",
        ["502"] = "gynaecology",
    };

    /// <summary>The name for <paramref name="code"/>, e.g. "trauma and orthopaedics" for 110, or "treatment function CODE".</summary>
    public static string Name(string code) =>
        Names.TryGetValue(code, out var name) ? name : code == "unknown" ? "unknown treatment function" : $"treatment function {code}";
}
