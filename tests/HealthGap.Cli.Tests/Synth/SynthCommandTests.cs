namespace HealthGap.Cli.Tests.Synth;

public sealed class SynthCommandTests
{
    [Fact]
    public void Synth_TinyScale_WritesTheFeedsAndSaysWhereTheTruthIs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-synth-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, _) = CliRunner.Run("synth", "--scale", "0.001", "--fhir-sample", "5", "--out", folder);

            Assert.Equal(0, exit);
            Assert.Contains("truth.json", output);
            Assert.True(File.Exists(Path.Combine(folder, "gp_events.csv")));
            Assert.True(File.Exists(Path.Combine(folder, "fhir", "Patient.ndjson")));
            Assert.DoesNotContain("999", output.Replace(folder, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--scale", "0", "--scale must be above 0")]
    [InlineData("--from", "2021-13-01", "--from must be a date like 2021-04-01")]
    [InlineData("--icb", "Atlantis", "No ICB matches 'Atlantis'")]
    public void Synth_BadOption_IsAUsageErrorThatSaysWhatToChange(string option, string value, string message)
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-synth-cli-" + Guid.NewGuid().ToString("N"));
        var (exit, _, error) = CliRunner.Run("synth", option, value, "--out", folder);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(folder));
    }
}
