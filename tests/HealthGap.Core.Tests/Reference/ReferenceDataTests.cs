using HealthGap.Core.Reference;

namespace HealthGap.Core.Tests.Reference;

[Collection(SharedReferenceData.Name)]
public sealed class ReferenceDataTests(ReferenceDataFixture fixture)
{
    private readonly ReferenceData _data = fixture.Data;

    [Fact]
    public void Load_ShippedData_HasEveryEnglishLsoa()
    {
        Assert.Equal(32_844, _data.Lsoas.Count);
        Assert.Equal(32_844, _data.Lsoas.Select(l => l.Code).Distinct().Count());
    }

    [Fact]
    public void Deciles_Nationally_Hold3284Or3285LsoasEach()
    {
        var counts = _data.Lsoas.GroupBy(l => l.ImdDecile).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, 10), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 3284, 3285));
    }

    [Fact]
    public void Ranks_OfficialRelease_ContainTies()
    {
        var tiedRanks = _data.Lsoas.GroupBy(l => l.ImdRank).Count(g => g.Count() > 1);
        Assert.Equal(26, tiedRanks);
    }

    [Fact]
    public void FindLsoa_Jaywick_IsMostDeprivedInEngland()
    {
        var jaywick = _data.FindLsoa("E01021988");

        Assert.NotNull(jaywick);
        Assert.Equal("Tendring 018A", jaywick.Name);
        Assert.Equal(1, jaywick.ImdRank);
        Assert.Equal(1, jaywick.ImdDecile);
        Assert.Equal(1, jaywick.ImdQuintile);
        Assert.True(jaywick.Core20);
        Assert.Equal(92.735, jaywick.ImdScore, 3);
        Assert.Equal("QJG", jaywick.Icb.OdsCode);
        Assert.Contains("Suffolk and North East Essex", jaywick.Icb.Name, StringComparison.Ordinal);
        Assert.Equal("East of England", jaywick.Region.Name);
        Assert.Equal("Tendring", jaywick.Lad.Name);
    }

    [Fact]
    public void FindLsoa_LowerCaseCode_IsFound() => Assert.NotNull(_data.FindLsoa(" e01021988 "));

    [Fact]
    public void Icbs_Are42_AndEveryLsoaIsInOne()
    {
        Assert.Equal(42, _data.Icbs.Count);
        Assert.Equal(32_844, _data.Icbs.Sum(i => _data.Profile(i).Lsoas.Count));
    }

    [Fact]
    public void Profile_BirminghamAndSolihull_HasAboutHalfInCore20()
    {
        var icb = Assert.Single(_data.FindIcbs("QHL"));
        var profile = _data.Profile(icb);

        Assert.InRange(profile.Core20Share, 0.45, 0.55);
        Assert.Equal(profile.Population, profile.PopulationByQuintile.Sum());
        Assert.Equal(profile.Lsoas.Count, profile.LsoasByDecile.Sum());
    }

    [Fact]
    public void Profile_LancashireAndSouthCumbria_MatchesPublishedShape()
    {
        var profile = _data.Profile(Assert.Single(_data.FindIcbs("QE1")));

        Assert.Equal(1_659_825, profile.Population);
        Assert.InRange(profile.Core20Share, 0.28, 0.30);
        Assert.Contains(profile.Places, p => p.Name == "Blackpool");
        Assert.Equal(profile.Population, profile.Places.Sum(p => p.Population));
        Assert.Equal(profile.Population, profile.SubIcbs.Sum(p => p.Population));
    }

    [Theory]
    [InlineData("QE1")]
    [InlineData("qe1")]
    [InlineData("E54000048")]
    [InlineData("South Cumbria")]
    public void FindIcbs_ByOdsGssOrName_FindsOne(string query)
    {
        var icb = Assert.Single(_data.FindIcbs(query));
        Assert.Equal("QE1", icb.OdsCode);
    }

    [Fact]
    public void ClosestIcbs_MisspeltName_SuggestsTheRightOneFirst() =>
        Assert.Equal("QE1", _data.ClosestIcbs("Lancshire")[0].OdsCode);

    [Fact]
    public void LoadEsp2013_Alone_GivesTheSameBandsAsTheWholeLoad()
    {
        var alone = ReferenceData.LoadEsp2013();
        Assert.Equal(_data.Esp2013.Bands.Select(b => b.Weight), alone.Bands.Select(b => b.Weight));
    }

    [Fact]
    public void Esp2013_Has19BandsTotalling100000()
    {
        Assert.Equal(19, _data.Esp2013.Bands.Count);
        Assert.Equal(100_000, _data.Esp2013.Total);
        Assert.Equal(18, _data.Esp2013.BandIndexFor(95));
        Assert.Equal(0, _data.Esp2013.BandIndexFor(4));
    }

    [Fact]
    public void Ethnicity_EveryLsoaHasCensusCounts()
    {
        Assert.Equal(32_844, _data.Ethnicity.Count);
        var city = _data.Ethnicity["E01000001"];
        Assert.Equal(1465, city.AllResidents);
        Assert.Equal(968, city.Detailed[0]);
    }
}
