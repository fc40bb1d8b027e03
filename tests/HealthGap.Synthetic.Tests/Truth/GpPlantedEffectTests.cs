using System.Globalization;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// Each GP-record inequality in truth.json, recomputed from gp_registrations.csv and gp_events.csv
/// with the code lists, agrees with its stated value within sampling error.
/// </summary>
[Collection(SharedSynthRuns.Name)]
public sealed class GpPlantedEffectTests(SynthFixture fixture)
{
    private readonly PeopleIndex _people = fixture.People;

    [Fact]
    public void HypertensionTreatedToTarget_FromExtracts_MatchesTruthAndFallsWithDeprivation()
    {
        var hyp = PeopleIndex.Codes("hyp_cod");
        var res = PeopleIndex.Codes("hypres_cod");
        var sys = PeopleIndex.Codes("sysbp_cod");
        var dia = PeopleIndex.Codes("diasbp_cod");
        var entry = fixture.Clean.Planted("htn_treated_to_target");
        var byQuintile = new Dictionary<string, (int Yes, int N)>(StringComparer.Ordinal);
        foreach (var p in _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 18 && p.OnRegister(hyp, res, _people.Reference)))
        {
            var readings = p.Events.Where(e => e.Date > _people.YearBefore && e.Date <= _people.Reference && e.Value is not null).ToArray();
            var latest = readings.Where(e => sys.Contains(e.Code)).OrderBy(e => e.Date).LastOrDefault();
            var threshold = p.AgeOn(_people.Reference) >= 80 ? 150 : 140;
            var diastolic = readings.Where(e => dia.Contains(e.Code) && e.Date == latest.Date).Select(e => e.Value).FirstOrDefault();
            var atTarget = latest.Code is not null && latest.Value <= threshold && diastolic <= 90;
            var cell = byQuintile.GetValueOrDefault(p.QuintileKey);
            byQuintile[p.QuintileKey] = (cell.Yes + (atTarget ? 1 : 0), cell.N + 1);
        }

        foreach (var (q, cell) in byQuintile)
        {
            Expect.Proportion($"htn_treated_to_target quintile {q}", Expect.Truth(entry, "imd_quintile", q).Value, cell.Yes, cell.N);
        }

        Assert.True((double)byQuintile["1"].Yes / byQuintile["1"].N < (double)byQuintile["5"].Yes / byQuintile["5"].N - 0.08);
    }

    [Fact]
    public void HypertensionDetection_RegisterOverExpected_MatchesTruth()
    {
        var hyp = PeopleIndex.Codes("hyp_cod");
        var res = PeopleIndex.Codes("hypres_cod");
        var entry = fixture.Clean.Planted("htn_detected_vs_expected");
        var table = entry.GetProperty("planted_parameters").GetProperty("expected_prevalence");
        string[] bands = ["18-39", "40-59", "60-79", "80+"];
        var byAge = bands.Select(b => table.GetProperty("by_age_band").GetProperty(b).GetDouble()).ToArray();
        foreach (var group in _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 18).GroupBy(p => p.QuintileKey))
        {
            var factor = table.GetProperty("quintile_factor").GetProperty(group.Key).GetDouble();
            var expected = group.Sum(p => byAge[Band(p.AgeOn(_people.Reference))] * factor);
            var register = group.Count(p => p.OnRegister(hyp, res, _people.Reference));
            var truth = Expect.Truth(entry, "imd_quintile", group.Key).Value;
            Expect.Count($"hypertension register, quintile {group.Key}", truth * expected, register);
        }
    }

    [Fact]
    public void SmokingPrevalence_LatestStatus_MatchesTruth()
    {
        var current = PeopleIndex.Codes("lsmok_cod");
        var status = current.Concat(PeopleIndex.Codes("exsmok_cod")).Concat(PeopleIndex.Codes("healthgap_local", "smoking_never")).ToHashSet(StringComparer.Ordinal);
        var entry = fixture.Clean.Planted("smoking_prevalence_gp");
        foreach (var group in _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 15).GroupBy(p => p.QuintileKey))
        {
            var latest = group.Select(p => p.Events.Where(e => status.Contains(e.Code)).OrderBy(e => e.Date).Select(e => e.Code).LastOrDefault())
                .OfType<string>().ToArray();
            Expect.Proportion($"smoking quintile {group.Key}", Expect.Truth(entry, "imd_quintile", group.Key).Value, latest.Count(current.Contains), latest.Length);
        }
    }

    [Fact]
    public void SmiHealthCheckAllSix_ByQuintileAndEthnicGroup_MatchesTruth()
    {
        var mh = PeopleIndex.Codes("mh_cod");
        var remission = PeopleIndex.Codes("smi_remission_primis_smhres");
        HashSet<string>[] elements =
        [
            PeopleIndex.Codes("bmival_cod"),
            PeopleIndex.Codes("sysbp_cod"),
            PeopleIndex.Codes("hba1c_tests"),
            PeopleIndex.Codes("cholesterol_tests"),
            [.. PeopleIndex.Codes("lsmok_cod"), .. PeopleIndex.Codes("exsmok_cod"), .. PeopleIndex.Codes("healthgap_local", "smoking_never")],
            PeopleIndex.Codes("healthgap_local", "smi_check_alcohol"),
        ];
        var register = _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 18 && p.OnRegister(mh, remission, _people.Reference)).ToArray();
        bool AllSix(PersonRecord p) => elements.All(set => p.Events.Any(e => e.Date > _people.YearBefore && set.Contains(e.Code)));
        var entry = fixture.Clean.Planted("smi_health_check_all6");
        foreach (var (breakdown, key) in new (string, Func<PersonRecord, string>)[] { ("imd_quintile", p => p.QuintileKey), ("ethnic_group", p => p.EthnicGroup) })
        {
            foreach (var group in register.GroupBy(key))
            {
                var (value, denominator) = Expect.Truth(entry, breakdown, group.Key);
                Assert.Equal(denominator, group.Count());
                Expect.Proportion($"SMI all six, {breakdown} {group.Key}", value, group.Count(AllSix), group.Count());
            }
        }
    }

    [Fact]
    public void CopdVaccinations_FluCovidPneumococcal_MatchTruth()
    {
        var copd = PeopleIndex.Codes("copd_cod");
        var resolved = PeopleIndex.Codes("copdres_cod");
        var campaign = new DateOnly(_people.Reference.Month >= 9 ? _people.Reference.Year : _people.Reference.Year - 1, 9, 1);
        var register = _people.AtReference.Where(p => p.OnRegister(copd, resolved, _people.Reference)).ToArray();
        Check(register, "copd_flu_vacc", "imd_quintile", p => p.QuintileKey, PeopleIndex.Codes("flu_cod"), campaign);
        Check(register, "copd_covid_vacc", "ethnic_group", p => p.EthnicGroup, PeopleIndex.Codes("covid_vacc_primis"), campaign);
        Check(register, "copd_ppv_vacc", "imd_quintile", p => p.QuintileKey, PeopleIndex.Codes("ppv_vacc"), DateOnly.MinValue);
    }

    [Fact]
    public void LearningDisabilityHealthCheck_InLastYear_MatchesTruth()
    {
        var ld = PeopleIndex.Codes("ld_cod");
        var register = _people.AtReference.Where(p => p.AgeOn(_people.Reference) >= 14 && p.OnRegister(ld, [], _people.Reference)).ToArray();
        Check(register, "ld_annual_health_check", "imd_quintile", p => p.QuintileKey, PeopleIndex.Codes("healthgap_local", "ld_annual_health_check"), _people.YearBefore.AddDays(1));
    }

    private void Check(PersonRecord[] denominator, string indicator, string breakdown, Func<PersonRecord, string> key, HashSet<string> codes, DateOnly from)
    {
        var entry = fixture.Clean.Planted(indicator);
        foreach (var group in denominator.GroupBy(key))
        {
            var (value, n) = Expect.Truth(entry, breakdown, group.Key);
            Assert.Equal(n, group.Count());
            var done = group.Count(p => p.Events.Any(e => e.Date >= from && e.Date <= _people.Reference && codes.Contains(e.Code)));
            Expect.Proportion(string.Create(CultureInfo.InvariantCulture, $"{indicator} {breakdown} {group.Key}"), value, done, group.Count());
        }
    }

    private static int Band(int age) => age < 40 ? 0 : age < 60 ? 1 : age < 80 ? 2 : 3;
}
