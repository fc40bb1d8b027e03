using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Definitions;

/// <summary>The <c>adjusted_for_deprivation</c> declaration (bad declarations are fixtures in Invalid/adjusted_*.yaml).</summary>
public sealed class AdjustedForDeprivationTests
{
    private static string Fixtures => Path.Combine(SourceDirectory(), "Fixtures");

    [Fact]
    public void LoadFile_AdjustedForDeprivation_ReadsTheBreakdowns()
    {
        var definition = Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_adjusted.yaml"));

        Assert.Equal(["ethnic_group", "learning_disability"], definition.AdjustedForDeprivation);
    }

    [Fact]
    public void LoadFile_NoDeclaration_AdjustsNothing()
    {
        Assert.Empty(Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_minimal.yaml")).AdjustedForDeprivation);
    }

    [Fact]
    public void ShippedLibrary_AeAndElectiveAdmissions_AdjustEthnicGroupForDeprivation()
    {
        var library = Loader.LoadDirectory(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators")).ToDictionary(d => d.Id);

        Assert.Equal(["ethnic_group"], library["dsr_ae_att"].AdjustedForDeprivation);
        Assert.Equal(["ethnic_group"], library["dsr_elective_adm"].AdjustedForDeprivation);
    }
}
