using System.Text.Json;
using HealthGap.Core.WaitingList;

namespace HealthGap.Cli.Tests.WaitingList;

/// <summary>
/// The waiting-list analysis on the synthetic ICS, the way a user runs it: <c>healthgap synth</c>
/// (small scale), <c>healthgap ingest</c>, then the analysis, checked against the planted effects
/// in truth.json (interpreter and learning-disability extra weeks within every specialty; half of
/// learning-disability referrals sent to trauma and orthopaedics, the confounder).
/// </summary>
public sealed class WaitingListSyntheticIcsTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"healthgap-wl-synth-{Guid.NewGuid():N}");

    [Fact]
    [Trait("Category", "Slow")]
    public void WaitingList_SyntheticIcs_PlantedGapsFoundAndConfounderShrinksAfterAdjustment()
    {
        var extracts = Path.Combine(_work, "extracts");
        var store = Path.Combine(_work, "store.duckdb");
        var key = Path.Combine(_work, "test.key");
        Directory.CreateDirectory(_work);
        File.WriteAllText(key, Convert.ToHexString(new byte[32].Select((_, i) => (byte)(i * 7 + 3)).ToArray()));
        var synth = CliRunner.Run("synth", "--scale", "0.01", "--dirty", "0", "--fhir-sample", "0", "--out", extracts);
        Assert.True(synth.ExitCode == 0, synth.Error);
        var ingest = CliRunner.Run("ingest", extracts, "--store", store, "--key-file", key);
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        var truth = PlantedWaits(Path.Combine(extracts, "truth.json"));
        var result = new WaitingListAnalysis().Run(store, WaitingListPeriod.EndingAt(new DateOnly(2025, 3, 31)));

        foreach (var breakdown in new[] { "interpreter_needed", "learning_disability" })
        {
            Assert.True(truth[breakdown].Planted > 0);
            var gap = Assert.Single(result.CompletedGaps, g => g.Breakdown == breakdown && g.Group == "Yes");
            Assert.True(gap.Adjusted is { IsSignificant: true, Ratio: > 1 }, $"{breakdown}: adjusted {gap.Adjusted}");
        }

        // The truth's own crude gap exceeds its specialty-adjusted gap for learning disability; ours must move the same way.
        Assert.True(truth["learning_disability"].Crude > truth["learning_disability"].Adjusted);
        var ld = Assert.Single(result.CompletedGaps, g => g.Breakdown == "learning_disability" && g.Group == "Yes");
        Assert.True(ld.Crude.Ratio > ld.Adjusted.Ratio, $"crude {ld.Crude.Ratio} should exceed adjusted {ld.Adjusted.Ratio}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static Dictionary<string, (double Planted, double Crude, double Adjusted)> PlantedWaits(string truthPath)
    {
        var found = new Dictionary<string, (double, double, double)>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("planted_extra_weeks_within_specialty", out var planted))
                {
                    found[element.GetProperty("breakdown").GetString()!] = (
                        planted.GetDouble(), element.GetProperty("crude_gap_weeks").GetDouble(), element.GetProperty("specialty_adjusted_gap_weeks").GetDouble());
                    return;
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        using var document = JsonDocument.Parse(File.ReadAllText(truthPath));
        Walk(document.RootElement);
        return found;
    }
}
