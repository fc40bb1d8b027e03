using HealthGap.Core.Indicators.Codelists;

namespace HealthGap.Core.Tests.Indicators;

public sealed class CodelistLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-codelists-").FullName;

    public CodelistLibraryTests()
    {
        File.WriteAllText(Path.Combine(_folder, "local.csv"), "code,term,purpose\n11,a,alpha\n22,b,beta\n11,a again,alpha\n33,c,alpha\n");
        File.WriteAllText(Path.Combine(_folder, "plain.csv"), "code,term\n1234567890,ten digits\n12345,short\n");
    }

    [Fact]
    public void Codes_NameSlashCategory_TakesThatCategoryDistinctInFileOrder()
    {
        var library = CodelistLibrary.Load(_folder);

        Assert.Equal(["11", "33"], library.Codes("local/alpha"));
        Assert.Equal(["11", "22", "33"], library.Codes("local"));
    }

    [Fact]
    public void CodesAsListed_RepeatedRows_KeepsTheRepeats()
    {
        Assert.Equal(["11", "11", "33"], CodelistLibrary.Load(_folder).CodesAsListed("local/alpha"));
    }

    [Fact]
    public void Check_HashReference_NamesTheFileAndTheSlashForm()
    {
        var problem = CodelistLibrary.Load(_folder).Check("local#alpha");

        Assert.NotNull(problem);
        Assert.Contains("'local#alpha' uses '#'", problem, StringComparison.Ordinal);
        Assert.Contains("'local/alpha'", problem, StringComparison.Ordinal);
        Assert.Contains("local.csv", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_HashReference_Throws()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => CodelistLibrary.Load(_folder).Codes("local#alpha"));

        Assert.Contains("'local/alpha'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownCategory_ListsTheCategories()
    {
        Assert.Equal("code list 'local' has no rows with category 'gamma'. Categories: alpha, beta.", CodelistLibrary.Load(_folder).Check("local/gamma"));
    }

    [Fact]
    public void Categories_ListWithCategories_InFileOrder()
    {
        var library = CodelistLibrary.Load(_folder);

        Assert.Equal(["alpha", "beta"], library.Categories("local"));
        Assert.Empty(library.Categories("plain"));
    }

    [Fact]
    public void TenDigitCodes_EveryList_OnlyTenDigitCodes()
    {
        Assert.Equal(["1234567890"], CodelistLibrary.Load(_folder).TenDigitCodes());
    }

    [Fact]
    public void Load_MissingFolder_SaysWhichVariableToSet()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CodelistLibrary.Load(Path.Combine(_folder, "absent")));

        Assert.Contains("HEALTHGAP_CODELISTS_DIR", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
