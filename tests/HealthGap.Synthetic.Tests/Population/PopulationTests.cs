using System.Globalization;
using HealthGap.Synthetic.Tests.Truth;

namespace HealthGap.Synthetic.Tests.Population;

/// <summary>The people are on the ICB's real LSOAs in proportion to real populations, with real age and ethnic structure.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed class PopulationTests(SynthFixture fixture)
{
    [Fact]
    public void Registrations_EveryLsoa_IsInTheChosenIcb()
    {
        var icb = fixture.Reference.FindIcbs("QE1")[0];
        var lsoas = fixture.Clean.Table("gp_registrations.csv").Values("lsoa11cd").Distinct(StringComparer.Ordinal).ToArray();
        Assert.All(lsoas, code => Assert.Equal(icb, fixture.Reference.FindLsoa(code)?.Icb));
        Assert.True(lsoas.Length > 900, $"Only {lsoas.Length} LSOAs used; QE1 has about 1,000.");
    }

    [Fact]
    public void Residents_PerNationalImdQuintile_MatchRealPopulationTimesScale()
    {
        var profile = fixture.Reference.Profile(fixture.Reference.FindIcbs("QE1")[0]);
        var from = fixture.Clean.Options.From;
        var residents = fixture.People.People.Values.Where(p => p.Periods.Min(x => x.Start) < from).GroupBy(p => p.Quintile)
            .ToDictionary(g => g.Key, g => g.Count());
        for (var q = 1; q <= 5; q++)
        {
            var expected = profile.PopulationByQuintile[q - 1] * fixture.Clean.Options.Scale;
            Expect.Count(string.Create(CultureInfo.InvariantCulture, $"residents in quintile {q}"), expected, residents.GetValueOrDefault(q));
        }
    }

    [Fact]
    public void Residents_AgeBands_FollowIoD2019Populations()
    {
        var profile = fixture.Reference.Profile(fixture.Reference.FindIcbs("QE1")[0]);
        var from = fixture.Clean.Options.From;
        var residents = fixture.People.People.Values.Where(p => p.Periods.Min(x => x.Start) < from).ToArray();
        var real = profile.Lsoas.Sum(l => (double)l.Population.Total);
        Expect.Proportion("aged 0-15", profile.Lsoas.Sum(l => l.Population.Aged0To15) / real, residents.Count(p => p.AgeOn(from) <= 15), residents.Length);
        Expect.Proportion("aged 60+", profile.Lsoas.Sum(l => l.Population.Aged60Plus) / real, residents.Count(p => p.AgeOn(from) >= 60), residents.Length);
    }

    [Fact]
    public void EthnicCategory_MixAndNotStated_FollowCensusAndNhsRecording()
    {
        var people = fixture.People.People.Values.ToArray();
        var census = fixture.Reference.Profile(fixture.Reference.FindIcbs("QE1")[0]).Lsoas
            .Select(l => fixture.Reference.Ethnicity[l.Code]).ToArray();
        var whiteBritish = census.Sum(e => (double)e.Detailed[0]) / census.Sum(e => (double)e.AllResidents);
        Expect.Proportion("not stated (Z)", 0.05, people.Count(p => p.EthnicCategory == "Z"), people.Length);
        Expect.Proportion("not known (empty)", 0.03, people.Count(p => p.EthnicCategory.Length == 0), people.Length);
        Expect.Proportion("White British (A)", whiteBritish * 0.92, people.Count(p => p.EthnicCategory == "A"), people.Length);
        Assert.All(people, p => Assert.Matches("^([A-HJ-NPRSZ])?$", p.EthnicCategory));
    }

    [Fact]
    public void Practices_GroupedIntoPcns_WithinOnePlaceEach()
    {
        var practices = fixture.Clean.Table("gp_practices.csv");
        var pcns = practices.Rows.GroupBy(r => r[practices.Column("pcn_code")]).ToArray();
        Assert.All(pcns, pcn => Assert.Single(pcn.Select(r => r[practices.Column("lad22cd")]).Distinct(StringComparer.Ordinal)));
        Assert.All(pcns, pcn => Assert.InRange(pcn.Count(), 1, 5));
        var used = fixture.Clean.Table("gp_registrations.csv").Values("practice_code").ToHashSet(StringComparer.Ordinal);
        Assert.Subset(practices.Values("practice_code").ToHashSet(StringComparer.Ordinal), used);
    }

    [Fact]
    public void LifeCourse_BirthsDeathsAndMoves_HappenInThePeriod()
    {
        var from = fixture.Clean.Options.From;
        var people = fixture.People.People.Values.ToArray();
        var births = people.Count(p => p.DateOfBirth >= from);
        var movers = people.Count(p => p.Periods.Count > 1);
        var deaths = fixture.Clean.Table("deaths.csv").Rows.Count;
        Assert.InRange(births / (double)people.Length, 0.02, 0.08);
        Assert.InRange(movers / (double)people.Length, 0.05, 0.25);
        Assert.InRange(deaths / (double)people.Length, 0.02, 0.08);
        Assert.All(people.Where(p => p.Periods.Count > 1), p => Assert.Single(p.Periods.Select(x => fixture.Reference.FindLsoa(x.Lsoa)!.ImdDecile).Distinct()));
    }
}
