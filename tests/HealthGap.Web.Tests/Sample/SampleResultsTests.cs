using System.Runtime.CompilerServices;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests.Sample;

/// <summary>
/// The SAMPLE folder shipped in <c>src/HealthGap.Web/SampleResults</c> is exactly what <see cref="SampleReport"/>
/// writes now. After changing the generator or Core's report format, run the tests with
/// <c>HEALTHGAP_UPDATE_GOLDEN=1</c> and review the diff.
/// </summary>
public sealed class SampleResultsTests
{
    private static readonly string[] ReportFiles =
        ["indicators.csv", "inequalities.csv", "adjusted.csv", "areas.csv", "catalogue.json", "policy.json", "metadata.json", SampleReport.MarkerFile];

    [Fact]
    public void ShippedSample_IsWhatTheGeneratorWritesNow()
    {
        var shipped = ShippedFolder();
        var written = Path.Combine(Path.GetTempPath(), $"hg-sample-{Guid.NewGuid():N}");
        try
        {
            SampleReport.Write(written);
            if (Environment.GetEnvironmentVariable("HEALTHGAP_UPDATE_GOLDEN") == "1")
            {
                foreach (var file in ReportFiles)
                {
                    File.Copy(Path.Combine(written, file), Path.Combine(shipped, file), overwrite: true);
                }
            }

            Assert.Equal(ReportFiles.Order(StringComparer.Ordinal), Directory.GetFiles(written).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var file in ReportFiles)
            {
                var path = Path.Combine(shipped, file);
                Assert.True(
                    File.Exists(path) && File.ReadAllText(path) == File.ReadAllText(Path.Combine(written, file)),
                    $"src/HealthGap.Web/SampleResults/{file} is not what the sample generator writes: run the Web tests with HEALTHGAP_UPDATE_GOLDEN=1, review the diff and commit it.");
            }
        }
        finally
        {
            Directory.Delete(written, recursive: true);
        }
    }

    [Fact]
    public void Build_IsDeterministic()
    {
        var first = SampleReport.Build();
        var second = SampleReport.Build();

        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(first.Inequalities, second.Inequalities);
    }

    [Fact]
    public void Build_HasADeprivationGradientAndHidesSmallCountsThroughTheGate()
    {
        var rows = SampleReport.Build().Rows;
        var deciles = rows.Where(r => r is { IndicatorId: "hypertension_treated_to_target", AreaType: "icb", Breakdown: "imd_decile", Period: "2024-25" })
            .ToDictionary(r => r.Group, r => r.Cell.Value!.Value);

        Assert.True(deciles["1"] < deciles["10"], "the most deprived decile should fare worse on a higher-is-better indicator");
        var homeless = rows.Where(r => r.Breakdown == "homeless" && r.Group == "Yes").ToList();
        Assert.Contains(homeless, r => r.Cell.Suppressed && r.Cell.Numerator is null && r.NoValueReason == "privacy");
        Assert.All(rows.Where(r => r.Cell.Numerator is { } n), r => Assert.Equal(0, r.Cell.Numerator!.Value % 5));
    }

    private static string ShippedFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "HealthGap.Web", "SampleResults"));
}
