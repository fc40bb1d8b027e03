using System.Globalization;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// Hospital, cancer and community inequalities in truth.json, recomputed from the extract files,
/// agree with their stated values within sampling error.
/// </summary>
[Collection(SharedSynthRuns.Name)]
public sealed class HospitalPlantedEffectTests(SynthFixture fixture)
{
    private readonly PeopleIndex _people = fixture.People;

    [Fact]
    public void CancerStageAndEmergencyPresentation_ByQuintile_MatchTruth()
    {
        var cancers = fixture.Clean.Table("cancer_registrations.csv");
        int nhs = cancers.Column("nhs_number"), site = cancers.Column("icd10_site"), stage = cancers.Column("stage"), route = cancers.Column("route_to_diagnosis");
        var stageable = PeopleIndex.Codes("icd10_cancer_stageable");
        var rows = cancers.Rows.Select(r => (Row: r, Quintile: _people.People[r[nhs]].QuintileKey)).ToArray();
        var stageEntry = fixture.Clean.Planted("cancer_stage12");
        var routeEntry = fixture.Clean.Planted("cancer_emergency_presentation");
        foreach (var group in rows.GroupBy(r => r.Quintile))
        {
            var staged = group.Where(r => stageable.Any(s => r.Row[site].StartsWith(s, StringComparison.Ordinal)) && r.Row[stage] is "1" or "2" or "3" or "4").ToArray();
            Expect.Proportion($"stage 1-2, quintile {group.Key}", Expect.Truth(stageEntry, "imd_quintile", group.Key).Value, staged.Count(r => r.Row[stage] is "1" or "2"), staged.Length);
            var known = group.Where(r => r.Row[route] != "unknown").ToArray();
            Expect.Proportion($"emergency presentation, quintile {group.Key}", Expect.Truth(routeEntry, "imd_quintile", group.Key).Value, known.Count(r => r.Row[route] == "emergency_presentation"), known.Length);
        }
    }

    [Fact]
    public void CancersViaAe_PerTenThousandAttendances_MatchTruth()
    {
        var entry = fixture.Clean.Planted("cancer_via_ae_per_10000_ae");
        var attendances = fixture.Clean.Table("ae_attendances.csv");
        var cancers = fixture.Clean.Table("cancer_registrations.csv");
        var core20 = (string nhs) => _people.People[nhs].FirstLsoa.Core20 ? "true" : "false";
        var byGroup = attendances.Values("nhs_number").GroupBy(core20).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int cn = cancers.Column("nhs_number"), via = cancers.Column("emergency_via_ae");
        foreach (var group in cancers.Rows.Where(r => r[via] == "Y").GroupBy(r => core20(r[cn])))
        {
            var (value, denominator) = Expect.Truth(entry, "core20", group.Key);
            Expect.Count($"attendances, core20={group.Key}", denominator, byGroup[group.Key]);
            Expect.Count($"cancers via A&E, core20={group.Key}", value * byGroup[group.Key] / 10_000, group.Count());
        }
    }

    [Fact]
    public void FrequentAttenders_InLastYear_MatchTruthAndConcentrateInDeprivedAreas()
    {
        var entry = fixture.Clean.Planted("frequent_ae_attenders");
        var attendances = fixture.Clean.Table("ae_attendances.csv");
        int nhs = attendances.Column("nhs_number"), date = attendances.Column("arrival_date");
        var counts = attendances.Rows.Where(r => PeopleIndex.Date(r[date]) > _people.YearBefore)
            .GroupBy(r => r[nhs]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 18).GroupBy(p => p.QuintileKey))
        {
            var frequent = group.Count(p => counts.GetValueOrDefault(p.NhsNumber) >= 6);
            Expect.Proportion($"frequent attenders, quintile {group.Key}", Expect.Truth(entry, "imd_quintile", group.Key).Value, frequent, group.Count());
            shares[group.Key] = (double)frequent / group.Count();
        }

        Assert.True(shares["1"] > 2 * shares["5"], $"Quintile 1 {shares["1"]:F4} should be well above quintile 5 {shares["5"]:F4}.");
    }

    [Fact]
    public void FrequentAttenders_GpAppointments_RiseInTheYearBefore()
    {
        var attendances = fixture.Clean.Table("ae_attendances.csv");
        var frequent = attendances.Rows.Where(r => PeopleIndex.Date(r[2]) > _people.YearBefore).GroupBy(r => r[1])
            .Where(g => g.Count() >= 6).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var appointments = fixture.Clean.Table("gp_appointments.csv");
        var (before, earlier) = (0, 0);
        foreach (var row in appointments.Rows.Where(r => frequent.Contains(r[1])))
        {
            var day = PeopleIndex.Date(row[2]);
            before += day > _people.YearBefore.AddMonths(-6) && day <= _people.YearBefore ? 1 : 0;
            earlier += day > _people.YearBefore.AddMonths(-24) && day <= _people.YearBefore.AddMonths(-18) ? 1 : 0;
        }

        Assert.True(before > 1.5 * earlier, $"Frequent attenders' GP appointments in the 6 months before their high-use year ({before}) should clearly exceed those a year earlier ({earlier}).");
    }

    [Fact]
    public void ToothExtractionsAndCypMentalHealth_MatchTruth()
    {
        var admissions = fixture.Clean.Table("inpatient_admissions.csv");
        int nhs = admissions.Column("nhs_number"), date = admissions.Column("admission_date"), diagnosis = admissions.Column("primary_diagnosis"), procedure = admissions.Column("primary_procedure");
        var extractions = admissions.Rows.Where(r => r[diagnosis].StartsWith("K02", StringComparison.Ordinal) && r[procedure] is ['F', '0', '9', ..] or ['F', '1', '0', ..]
            && PeopleIndex.Date(r[date]) > _people.YearBefore && _people.People[r[nhs]].AgeOn(PeopleIndex.Date(r[date])) < 10).ToArray();
        var tooth = fixture.Clean.Planted("cyp_tooth_extraction_ga");
        foreach (var group in extractions.GroupBy(r => _people.People[r[nhs]].QuintileKey))
        {
            var (value, children) = Expect.Truth(tooth, "imd_quintile", group.Key);
            Expect.Count($"tooth extractions, quintile {group.Key}", value * children / 100_000, group.Count());
        }

        var contacts = fixture.Clean.Table("mental_health_contacts.csv");
        var seen = contacts.Rows.Where(r => r[3] == "cypmhs" && PeopleIndex.Date(r[2]) > _people.YearBefore).Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        var access = fixture.Clean.Planted("cyp_mh_access");
        foreach (var group in _people.AtReference.Where(p => p.AgeOn(_people.Reference) < 18).GroupBy(p => p.EthnicGroup))
        {
            Expect.Proportion(string.Create(CultureInfo.InvariantCulture, $"CYP mental health access, {group.Key}"), Expect.Truth(access, "ethnic_group", group.Key).Value, group.Count(p => seen.Contains(p.NhsNumber)), group.Count());
        }
    }
}
