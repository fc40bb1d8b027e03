using System.Text.Json;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Tests.Dirty;

/// <summary>Every deliberate imperfection is found in the files exactly as often as truth.json says; nothing else is wrong.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed class DirtTests(SynthFixture fixture)
{
    private static readonly string[] Feeds =
    [
        "gp_registrations.csv", "gp_events.csv", "gp_appointments.csv", "ae_attendances.csv", "inpatient_admissions.csv", "outpatients.csv",
        "waiting_list.csv", "cancer_registrations.csv", "deaths.csv", "adult_social_care.csv", "council_services.csv",
        "social_prescribing_referrals.csv", "mental_health_contacts.csv", "opt_outs.csv",
    ];

    [Fact]
    public void DirtyRun_EachKindPerFile_FoundExactlyAsCounted()
    {
        var run = fixture.Dirty;
        var registered = run.Table("gp_registrations.csv").Values("nhs_number").ToHashSet(StringComparer.Ordinal);
        var lsoas = fixture.Reference.Lsoas.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var byFile = run.Truth.RootElement.GetProperty("dirt").GetProperty("by_file");
        foreach (var file in Feeds)
        {
            var table = run.Table(file);
            var counted = byFile.GetProperty(file);
            Assert.Equal(Count(counted, "malformed_line"), table.Malformed.Count);
            Assert.Equal(Count(counted, "exact_duplicate"), table.Lines.Count - table.Lines.Distinct(StringComparer.Ordinal).Count());
            var nhs = table.Has("nhs_number") ? table.Column("nhs_number") : -1;
            var invalid = nhs < 0 ? 0 : table.Rows.Count(r => r[nhs].Length > 0 && !NhsNumbers.IsValid(r[nhs]));
            Assert.True(Count(counted, "invalid_nhs_number") == invalid, $"{file}: {invalid} invalid NHS numbers, truth says {Count(counted, "invalid_nhs_number")}.");
            if (file is not "gp_registrations.csv" and not "opt_outs.csv" && nhs >= 0)
            {
                var unregistered = table.Rows.Count(r => NhsNumbers.IsValid(r[nhs]) && !registered.Contains(r[nhs]));
                Assert.Equal(Count(counted, "unregistered_person"), unregistered);
            }

            if (table.Has("lsoa11cd"))
            {
                Assert.Equal(Count(counted, "unknown_lsoa"), table.Values("lsoa11cd").Count(code => !lsoas.Contains(code)));
            }

            var dates = table.Header.Split(',').Select((c, i) => (c, i)).Where(x => x.c.Contains("date", StringComparison.Ordinal) || x.c.EndsWith("_start", StringComparison.Ordinal) || x.c.EndsWith("_end", StringComparison.Ordinal)).Select(x => x.i).ToArray();
            var impossible = table.Rows.Count(r => dates.Any(i => r[i].Length > 0 && !DateOnly.TryParseExact(r[i], "yyyy-MM-dd", out _)));
            Assert.Equal(Count(counted, "impossible_date"), impossible);
        }

        Assert.True(run.Truth.RootElement.GetProperty("dirt").GetProperty("total").GetInt64() > 500, "A 5% dirty run should damage hundreds of rows.");
    }

    [Fact]
    public void CleanRun_EveryNhsNumber_IsValidAndNothingIsDamaged()
    {
        var run = fixture.Clean;
        Assert.Equal(0, run.Truth.RootElement.GetProperty("dirt").GetProperty("total").GetInt64());
        foreach (var file in Feeds)
        {
            var table = run.Table(file);
            Assert.Empty(table.Malformed);
            Assert.All(table.Values("nhs_number").Where(n => n.Length > 0), n => Assert.True(NhsNumbers.IsValid(n), $"{file}: invalid NHS number."));
        }
    }

    private static long Count(JsonElement counted, string kind) => counted.GetProperty(kind).GetInt64();
}
