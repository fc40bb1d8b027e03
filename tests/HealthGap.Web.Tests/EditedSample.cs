using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests;

/// <summary>
/// A temporary variant of the SAMPLE results that a test builds from the generator's contents (rows
/// changed, added or removed) and writes through <see cref="ReportFolder.Write"/>, so a variant has the
/// report's exact format; served by its own web app and deleted afterwards.
/// </summary>
internal sealed class EditedSample : IDisposable
{
    private HealthGapWebFactory? _factory;

    /// <summary>Writes <paramref name="edit"/> of the sample's contents.</summary>
    public EditedSample(Func<ReportContents, ReportContents> edit) => SampleReport.Write(Folder, edit(SampleReport.Build()));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"hg-edited-{Guid.NewGuid():N}");

    /// <summary>The sample's row for cancer_early_stage, the ICB, 2024-25, a breakdown and group.</summary>
    public static bool IsIcb2425(IndicatorRow row, string breakdown, string group) =>
        row is { IndicatorId: "cancer_early_stage", AreaType: "icb", Period: "2024-25" } && row.Breakdown == breakdown && row.Group == group;

    /// <summary>A new row for cancer_early_stage, the ICB, 2024-25: a published percentage with its interval.</summary>
    public static IndicatorRow Icb2425(string breakdown, string group, long numerator, long denominator, double value, double lower, double upper) =>
        new("cancer_early_stage", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25", "icb", "QWU",
            "NHS Coventry and Warwickshire Integrated Care Board", breakdown, group,
            new PublishedCell($"{breakdown}|{group}", numerator, denominator, value, lower, upper, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None),
            "proportion per 100", "Wilson");

    public HttpClient Client() => (_factory ??= new HealthGapWebFactory(Folder)).CreateClient();

    public void Dispose()
    {
        _factory?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
