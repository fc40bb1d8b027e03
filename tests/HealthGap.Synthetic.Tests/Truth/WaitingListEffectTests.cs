using System.Text.Json;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// The waiting-list gaps: people needing an interpreter and people with a learning disability wait
/// longer within specialty, and the learning-disability crude gap is inflated by their specialty mix.
/// </summary>
[Collection(SharedSynthRuns.Name)]
public sealed class WaitingListEffectTests(SynthFixture fixture)
{
    [Theory]
    [InlineData("interpreter_needed", "interpreter_required", 0)]
    [InlineData("learning_disability", "ld_cod", 1)]
    public void CompletedWaits_CrudeAndAdjustedGaps_MatchTruth(string breakdown, string codeList, int occurrence)
    {
        var people = fixture.People;
        var entry = fixture.Clean.Planted("rtt_completed_wait_weeks", occurrence);
        Assert.Equal(breakdown, entry.GetProperty("breakdown").GetString());
        var codes = PeopleIndex.Codes(codeList);
        var members = people.People.Values.Where(p => p.Events.Any(e => codes.Contains(e.Code))).Select(p => p.NhsNumber).ToHashSet(StringComparer.Ordinal);
        var lastReferral = fixture.Clean.Options.To.AddDays(-728);
        var pathways = fixture.Clean.Table("waiting_list.csv").Rows
            .Where(r => PeopleIndex.Date(r[2]) <= lastReferral)
            .Select(r => (Member: members.Contains(r[1]), Specialty: r[3], Weeks: (PeopleIndex.Date(r[6]).DayNumber - PeopleIndex.Date(r[2]).DayNumber) / 7.0))
            .ToArray();
        var crude = pathways.Where(p => p.Member).Average(p => p.Weeks) - pathways.Where(p => !p.Member).Average(p => p.Weeks);
        var bySpecialty = pathways.GroupBy(p => p.Specialty).ToDictionary(g => g.Key, g => g.Where(p => !p.Member).Average(p => p.Weeks), StringComparer.Ordinal);
        var adjusted = pathways.Where(p => p.Member).Average(p => p.Weeks - bySpecialty[p.Specialty]);
        var halfWidth = entry.GetProperty("ci95_half_width").GetDouble();
        Near("crude gap", Value(entry, "crude_gap_weeks"), crude, halfWidth * 1.8);
        Near("specialty-adjusted gap", Value(entry, "planted_extra_weeks_within_specialty"), adjusted, halfWidth * 1.8);
        if (breakdown == "learning_disability")
        {
            Assert.True(crude > adjusted + 1.5, $"The LD crude gap ({crude:F1}) should exceed the adjusted gap ({adjusted:F1}): the confounder.");
        }
    }

    private static double Value(JsonElement entry, string name) => entry.GetProperty(name).GetDouble();

    private static void Near(string what, double expected, double observed, double allowed) =>
        Assert.True(Math.Abs(observed - expected) <= allowed, $"{what}: observed {observed:F2} weeks, truth {expected:F2}, allowed ±{allowed:F2}.");
}
