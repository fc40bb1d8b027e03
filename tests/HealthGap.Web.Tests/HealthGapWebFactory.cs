using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealthGap.Web.Tests;

/// <summary>
/// Hosts the web app in memory over a results folder (the shipped SAMPLE results unless told
/// otherwise). The content root is the test output folder, which holds wwwroot and the reference
/// data exactly as beside the CLI binaries.
/// </summary>
public sealed class HealthGapWebFactory : WebApplicationFactory<Program>
{
    private readonly string _results;

    public HealthGapWebFactory()
        : this(SampleResults)
    {
    }

    internal HealthGapWebFactory(string results)
    {
        _results = results;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HEALTHGAP_WEB", AppContext.BaseDirectory);
    }

    /// <summary>The SAMPLE results copied beside the test binaries.</summary>
    public static string SampleResults => Path.Combine(AppContext.BaseDirectory, "SampleResults");

    /// <summary>A fixture folder copied beside the test binaries.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebOptions.ResultsKey, _results);
        builder.UseEnvironment("Production");
    }
}
