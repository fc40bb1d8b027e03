using HealthGap.Core.Funding;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Reference;
using HealthGap.Core.Tests.Reference;

namespace HealthGap.Core.Tests.Funding.Allocation;

/// <summary>Allocations over the real reference data (IMD 2019, mid-2015 populations).</summary>
[Collection(SharedReferenceData.Name)]
public sealed class RealDataAllocationTests(ReferenceDataFixture fixture)
{
    private readonly ReferenceData _reference = fixture.Data;

    [Fact]
    public void Core20Split_Qe1Lsoas_Core20GetsExactlyEightyPercentWithinRounding()
    {
        var lsoas = Qe1();
        var scenario = Allocator.Allocate(_reference, new AllocationScope("QE1", "QE1", AllocationLevel.Lsoa), lsoas, null,
            new Budget(2_500_001), AllocationRules.Create("core20-split", new AllocationRuleOptions()));
        var core20 = lsoas.Where(l => l.Core20).Select(l => l.Code).ToHashSet();

        var toCore20 = scenario.Lines.Where(l => core20.Contains(l.Unit.Code)).Sum(l => l.AmountPounds);

        Assert.Equal(2_000_001, toCore20); // 0.8 × 2,500,001 = 2,000,000.8, rounded by largest remainder
        Assert.Equal(0, scenario.Lines.Where(l => !core20.Contains(l.Unit.Code)).Sum(l => l.AmountPounds));
        Assert.Equal(500_000, scenario.BidPotPounds);
    }

    [Fact]
    public void Places_Qe1_PopulationMatchesTheIcbProfileAndSharesSumToBudget()
    {
        var profile = _reference.Profile(_reference.FindIcbs("QE1")[0]);
        var scenario = Allocator.Allocate(_reference, new AllocationScope("QE1", "QE1", AllocationLevel.Place), Qe1(), null,
            new Budget(2_500_000), AllocationRules.Create("need-imd", new AllocationRuleOptions()));

        Assert.Equal(profile.Population, scenario.Population);
        Assert.Equal(profile.Places.Count, scenario.Lines.Count);
        Assert.Equal(2_500_000, scenario.Lines.Sum(l => l.AmountPounds));
        Assert.Equal(64, scenario.Data.ReferenceFiles["imd2019_lsoa11.csv"].Length);
    }

    [Fact]
    public void Msoa_LsoaName_IsTheMsoaNameWithoutItsLetter()
    {
        Assert.Equal("Tendring 018", AllocationUnits.MsoaName(_reference.FindLsoa("E01021988")!));
    }

    [Fact]
    public void NeighbourhoodGroups_LsoaOutsideTheIcb_NamesLineAndIcb()
    {
        var lsoas = Qe1();
        var path = WorkedExample.Csv("pcns.csv", $"lsoa11cd,neighbourhood_code\n{lsoas[0].Code},PCN1\nE01021988,PCN2\n");

        var ex = Assert.Throws<FundingInputException>(() => NeighbourhoodGroups.Read(path, lsoas, _reference));

        Assert.StartsWith("pcns.csv, line 3, field 'lsoa11cd'", ex.Message);
        Assert.Contains("outside the area being funded", ex.Message);
    }

    [Fact]
    public void NeighbourhoodGroups_EveryLsoaGrouped_BuildsOneUnitPerGroup()
    {
        var lsoas = Qe1();
        var lines = lsoas.Select((l, i) => $"{l.Code},N{i % 4},Neighbourhood {i % 4}");
        var path = WorkedExample.Csv("groups.csv", "lsoa11cd,neighbourhood_code,neighbourhood_name\n" + string.Join('\n', lines) + "\n");

        var groups = NeighbourhoodGroups.Read(path, lsoas, _reference);
        var units = AllocationUnits.Build(lsoas, AllocationLevel.Neighbourhood, groups);

        Assert.Equal(["N0", "N1", "N2", "N3"], units.Select(u => u.Code));
        Assert.Equal(lsoas.Sum(l => (long)l.Population.Total), units.Sum(u => u.Population));
        Assert.Equal("Neighbourhood 2", units[2].Name);
    }

    private Lsoa[] Qe1() => _reference.Lsoas.Where(l => l.Icb.OdsCode == "QE1").ToArray();
}
