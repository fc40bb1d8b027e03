using HealthGap.Core.Configuration;

namespace HealthGap.Core.Tests.Configuration;

public sealed class HealthGapPathsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-paths-").FullName;

    [Fact]
    public void Shipped_EachFolder_HoldsTheShippedFiles()
    {
        var shipped = HealthGapPaths.Shipped;

        Assert.True(File.Exists(Path.Combine(shipped.CodelistsDir, "ld_cod.csv")), shipped.CodelistsDir);
        Assert.NotEmpty(Directory.GetFiles(shipped.IndicatorsDir, "*.yaml"));
        Assert.True(File.Exists(Path.Combine(shipped.ReferenceDataDir, "imd2019_lsoa11.csv")), shipped.ReferenceDataDir);
    }

    [Fact]
    public void Resolve_GivenFolders_WinOverTheShippedCopies()
    {
        var paths = HealthGapPaths.Resolve(codelistsDir: "/c", indicatorsDir: "/i", referenceDataDir: "/r");

        Assert.Equal(new HealthGapPaths("/c", "/i", "/r"), paths);
    }

    [Fact]
    public void Resolve_BlankOrMissingFolders_AreTheShippedCopies()
    {
        var paths = HealthGapPaths.Resolve(codelistsDir: " ", indicatorsDir: null, referenceDataDir: "/r");

        Assert.Equal(HealthGapPaths.Shipped with { ReferenceDataDir = "/r" }, paths);
    }

    [Fact]
    public void FromVariables_NamedVariables_OverrideEachFolder()
    {
        var variables = new Dictionary<string, string?>
        {
            [HealthGapPaths.CodelistsVariable] = "/my/codelists",
            [HealthGapPaths.ReferenceDataVariable] = "/my/reference",
        };

        var paths = HealthGapPaths.FromVariables(variables.GetValueOrDefault);

        Assert.Equal("/my/codelists", paths.CodelistsDir);
        Assert.Equal(HealthGapPaths.Shipped.IndicatorsDir, paths.IndicatorsDir);
        Assert.Equal("/my/reference", paths.ReferenceDataDir);
    }

    [Fact]
    public void ShippedFolder_CopyBesideTheBinaries_IsPreferred()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "src", "bin")).FullName;
        Directory.CreateDirectory(Path.Combine(bin, "codelists"));
        File.WriteAllText(Path.Combine(_folder, ShippedFolder.CheckoutMarker), "");
        Directory.CreateDirectory(Path.Combine(_folder, "codelists"));

        Assert.Equal(Path.Combine(bin, "codelists"), ShippedFolder.Find("codelists", "codelists", bin));
    }

    [Fact]
    public void ShippedFolder_NoCopyBesideTheBinaries_FindsTheCheckoutsFolder()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "src", "bin")).FullName;
        File.WriteAllText(Path.Combine(_folder, ShippedFolder.CheckoutMarker), "");
        Directory.CreateDirectory(Path.Combine(_folder, "data", "reference"));

        Assert.Equal(Path.Combine(_folder, "data", "reference"), ShippedFolder.Find("reference", Path.Combine("data", "reference"), bin));
    }

    [Fact]
    public void ShippedFolder_FolderOutsideACheckout_IsNotTaken()
    {
        // A stray codelists/ folder above the binaries, with no HealthGap.slnx beside it, is someone else's.
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "src", "bin")).FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "codelists"));

        Assert.Equal(Path.Combine(bin, "codelists"), ShippedFolder.Find("codelists", "codelists", bin));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
