namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// One example address for every page the app routes (against the SAMPLE results and the browser
/// tests' funding ledger). <c>Pages/PageRoutesTests</c> fails when a page is added without one, so
/// the browser matrix never silently leaves a page out.
/// </summary>
public static class PageRoutes
{
    /// <summary>Page name (used for screenshot files) and path, without a language.</summary>
    public static IReadOnlyList<(string Name, string Path)> All { get; } =
    [
        ("overview", "/"),
        ("indicator", "/indicator/cancer_early_stage"),
        ("indicator-place", "/indicator/emergency_admissions_dsr?area=E08000026"),
        ("indicator-list", "/indicator"),
        ("place", "/place/E08000026"),
        ("places", "/place"),
        ("waiting-list", "/waiting-list"),
        ("waiting-list-ethnicity", "/waiting-list?breakdown=ethnicity"),
        ("methods", "/methods"),
        ("data-use", "/how-your-data-is-used"),
        ("funding", "/funding?icb=QE1"),
        ("funding-ledger", "/funding/ledger"),
    ];

    /// <summary>Routes left out of the matrix on purpose: the error page is what the others show when they fail.</summary>
    public static IReadOnlyList<string> NotPages { get; } = ["/error"];

    /// <summary><paramref name="path"/> with <c>lang=</c> added to its query string.</summary>
    public static string WithLanguage(string path, string language) =>
        path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language;
}
