using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Cli.Report;
using HealthGap.Core.Configuration;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Tests.Report;

/// <summary>
/// "Is the ethnic gap just deprivation?" on a synthetic ICS (<c>healthgap synth</c> then <c>healthgap ingest</c>), against
/// truth.json's <c>adjusted_ratios</c>: where an ethnic effect was planted at every level of deprivation (elective
/// admissions) the adjusted ratio's 95% interval excludes 1 on the planted side and holds the planted ratio; where none
/// was (A&amp;E attendances, whose crude ethnic gaps come from where people live) the 95% interval of the group with the
/// largest crude gap holds 1, and so does every group's 99.8% interval (seven groups at 95% would miss 1 by chance about
/// one time in three: at scale 0.05 the Black group's, about 100 attendances, does).
/// </summary>
public sealed class AdjustedPlantedInequalityTests(PlantedInequalityTests.SyntheticStore ics) : IClassFixture<PlantedInequalityTests.SyntheticStore>
{
    private static readonly ReportingPeriod Fy2024 = new(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25");

    [Fact]
    [Trait("Category", "Slow")]
    public void AdjustedRatio_PlantedEthnicEffect_ExcludesOne_AndNoneWherePlantedNone()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(ics.Truth));
        var entries = truth.RootElement.GetProperty("planted").EnumerateArray().Where(p => p.TryGetProperty("adjusted_ratios", out _)).ToList();
        Assert.Equal(2, entries.Count);
        var failures = new List<string>();
        var plantedChecked = 0;
        var unplantedChecked = 0;

        foreach (var entry in entries)
        {
            var id = entry.GetProperty("indicator").GetString()!;
            var adjusted = entry.GetProperty("adjusted_ratios");
            var planted = adjusted.GetProperty("planted").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            var comparisons = Compare(id);
            var area = comparisons.Values.Sum(c => c.Denominator);
            foreach (var (group, (comparison, denominator)) in comparisons.Where(c => c.Value.Comparison.Result.Expected >= 20))
            {
                var estimate = comparison.Result.Estimate;
                var where = $"{id} {group}: adjusted {estimate.Value:0.000} [{estimate.Lower:0.000}, {estimate.Upper:0.000}], crude {comparison.CrudeRatio:0.000}";
                if (planted.TryGetValue(group, out var ratio))
                {
                    // Planted against everyone else; the reference is the whole area, the group included.
                    var share = (double)denominator / area;
                    var againstArea = ratio / ((share * ratio) + 1 - share);
                    plantedChecked++;
                    if (!(ratio < 1 ? estimate.Upper < 1 : estimate.Lower > 1) || !(estimate.Lower <= againstArea && againstArea <= estimate.Upper))
                    {
                        failures.Add($"{where}: planted {ratio} ({againstArea:0.000} against the area) should be inside the interval, which should exclude 1");
                    }
                }
                else if (planted.Count == 0)
                {
                    unplantedChecked++;
                    var wide = estimate.At(0.998)!;
                    if (!(wide.Lower <= 1 && 1 <= wide.Upper))
                    {
                        failures.Add($"{where}: nothing planted, the 99.8% interval [{wide.Lower:0.000}, {wide.Upper:0.000}] should hold 1");
                    }
                }
            }
        }

        Assert.True(plantedChecked >= 1 && unplantedChecked >= 4, $"checked {plantedChecked} planted and {unplantedChecked} unplanted groups");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void AdjustedRatio_AeAttendances_CrudeGapFromDeprivationVanishes()
    {
        var asian = Compare("dsr_ae_att")["Asian"].Comparison;

        Assert.True(asian.CrudeRatio > 1.1, $"the crude ratio {asian.CrudeRatio:0.000} should show the deprivation-mix gap");
        Assert.InRange(1.0, asian.Result.Estimate.Lower!.Value, asian.Result.Estimate.Upper!.Value);
    }

    private Dictionary<string, (AdjustedComparison.Comparison Comparison, long Denominator)> Compare(string id)
    {
        var definition = ReportCommand.LoadLibrary(null, [id])[0];
        Assert.Contains("ethnic_group", definition.AdjustedForDeprivation);
        using var connection = new DuckDBConnection($"Data Source={ics.Store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var counts = new IndicatorEngine(connection, CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir))
            .Run(new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["ethnic_group"]))[0];
        var denominators = counts.AdjustmentStrata.GroupBy(s => AdjustmentStrata.Split(s.Group).Group).ToDictionary(g => g.Key, g => g.Sum(s => s.Denominator));
        return AdjustedComparison.Compare(counts.AdjustmentStrata, ConfidenceLevels.Standard95And998).ToDictionary(c => c.Group, c => (c, denominators[c.Group]));
    }
}
