using System.Diagnostics;
using HealthGap.Core.Configuration;

namespace HealthGap.Cli.Tests.Report;

/// <summary>
/// The report finds code lists and definitions through <see cref="HealthGapPaths"/>, read from the
/// environment by the CLI like ingest and synth: the variables change what the report uses too.
/// </summary>
public sealed class ReportPathsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-report-paths-").FullName;

    [Fact]
    public void Report_CodelistsVariable_ReportReadsThatFolder()
    {
        var codelists = Directory.CreateDirectory(Path.Combine(_folder, "codelists")).FullName;
        foreach (var file in Directory.GetFiles(HealthGapPaths.Shipped.CodelistsDir, "*.csv").Where(f => Path.GetFileName(f) != "hyp_cod.csv"))
        {
            File.Copy(file, Path.Combine(codelists, Path.GetFileName(file)));
        }

        var (exitCode, _, error) = Report(HealthGapPaths.CodelistsVariable, codelists);

        Assert.Equal(2, exitCode);
        Assert.Contains($"no code list 'hyp_cod' in {codelists}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IndicatorsVariable_ReportReadsThatFolder()
    {
        var indicators = Directory.CreateDirectory(Path.Combine(_folder, "indicators")).FullName;
        File.Copy(Path.Combine(HealthGapPaths.Shipped.IndicatorsDir, "copd_flu_vacc.yaml"), Path.Combine(indicators, "copd_flu_vacc.yaml"));

        var (exitCode, _, error) = Report(HealthGapPaths.IndicatorsVariable, indicators);

        Assert.True(exitCode == 0, error);
        var catalogue = File.ReadAllText(Path.Combine(_folder, "catalogue.md"));
        Assert.Contains("copd_flu_vacc", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("hypertension", catalogue, StringComparison.OrdinalIgnoreCase);
    }

    private (int ExitCode, string Output, string Error) Report(string variable, string value)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "healthgap.dll"), "report", "--catalogue", Path.Combine(_folder, "catalogue.md")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[variable] = value;
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        return (child.ExitCode, output.Result, error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
