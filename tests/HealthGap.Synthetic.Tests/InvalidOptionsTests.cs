namespace HealthGap.Synthetic.Tests;

/// <summary>Bad options fail before anything is written, saying what to change.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed class InvalidOptionsTests(SynthFixture fixture)
{
    [Theory]
    [InlineData("NOPE", 0.1, 0.01, "No ICB matches 'NOPE'")]
    [InlineData("QE1", 0, 0.01, "--scale must be above 0")]
    [InlineData("QE1", 0.1, 0.9, "--dirty must be between 0 and 0.5")]
    public void Generate_BadOption_ThrowsWithAHelpfulMessage(string icb, double scale, double dirty, string message)
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-synth-invalid-" + Guid.NewGuid().ToString("N"));
        var options = new SynthOptions { Icb = icb, Scale = scale, Dirty = dirty, OutputDirectory = folder };
        var error = Assert.Throws<ArgumentException>(() => SyntheticIcs.Generate(options, fixture.Reference));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void CodeList_WithoutTheCodeTheGeneratorUses_IsRejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => new Events.CodeList("hyp_cod", ["59621000"], "38341003"));
        Assert.Contains("restore codelists/hyp_cod.csv", error.Message, StringComparison.Ordinal);
    }
}
