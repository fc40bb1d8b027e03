using System.Text.Json;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// A report made from synthetic extracts (<c>metadata.json</c> says so) is labelled as synthetic on every
/// page, in every download and in every API answer.
/// </summary>
public sealed class SyntheticDataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hg-synthetic-{Guid.NewGuid():N}");
    private readonly HealthGapWebFactory _factory;
    private readonly HttpClient _client;

    public SyntheticDataTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(HealthGapWebFactory.SampleResults).Where(f => Path.GetFileName(f) is not ("SAMPLE" or "metadata.json")))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, "metadata.json"), """{ "data_source": "synthetic", "synthetic": true }""");
        _factory = new HealthGapWebFactory(_folder);
        _client = _factory.CreateClient();
    }

    [Theory]
    [MemberData(nameof(PageTests.Pages), MemberType = typeof(PageTests))]
    public async Task Page_SyntheticReport_CarriesTheSyntheticBanner(string path)
    {
        var html = await _client.GetStringAsync(path);

        Assert.Contains("Synthetic data", html, StringComparison.Ordinal);
        Assert.Contains("the people are invented", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample figures", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/download/indicators.csv?indicator=cancer_early_stage")]
    [InlineData("/download/inequalities.csv")]
    public async Task Download_SyntheticReport_EveryRowSaysSynthetic(string path)
    {
        var response = await _client.GetAsync(path);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.EndsWith(",data_source", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",synthetic", l, StringComparison.Ordinal));
        Assert.Equal("synthetic", response.Headers.GetValues("HealthGap-Data-Source").Single());
    }

    [Theory]
    [InlineData("/api/indicators")]
    [InlineData("/api/indicators/cancer_early_stage")]
    [InlineData("/api/inequalities")]
    [InlineData("/api/areas")]
    public async Task Api_SyntheticReport_SaysSynthetic(string path)
    {
        var response = await _client.GetAsync(path);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("synthetic", response.Headers.GetValues("HealthGap-Data-Source").Single());
        if (json.RootElement.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal("synthetic", json.RootElement.GetProperty("dataSource").GetString());
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
