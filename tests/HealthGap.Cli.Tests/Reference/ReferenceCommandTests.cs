using System.Text.Json;

namespace HealthGap.Cli.Tests.Reference;

public sealed class ReferenceCommandTests
{
    [Fact]
    public void Lsoa_Known_PrintsDeprivationAndGeography()
    {
        var (exit, output, _) = CliRunner.Run("reference", "lsoa", "E01021988");

        Assert.Equal(0, exit);
        Assert.Contains("Tendring 018A", output);
        Assert.Contains("Suffolk and North East Essex", output);
        Assert.Contains("East of England", output);
    }

    [Fact]
    public void Lsoa_Csv_HasHeaderAndOneRow()
    {
        var (exit, output, _) = CliRunner.Run("reference", "lsoa", "E01021988", "--format", "csv");

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("lsoa11cd,lsoa11nm,imd_score,imd_rank,imd_decile", lines[0]);
        Assert.StartsWith("E01021988,Tendring 018A,92.735,1,1,1,yes", lines[1]);
    }

    [Fact]
    public void Lsoa_Json_IsParseable()
    {
        var (exit, output, _) = CliRunner.Run("reference", "lsoa", "E01021988", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal("QJG", doc.RootElement.GetProperty("icb22cdh").GetString());
    }

    [Fact]
    public void Lsoa_Json_NumbersAreJsonNumbersAndCodesStayText()
    {
        var (exit, output, _) = CliRunner.Run("reference", "lsoa", "E01021988", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("imd_rank").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("imd_score").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("population_mid2015").ValueKind);
        Assert.InRange(root.GetProperty("imd_decile").GetInt32(), 1, 10);
        Assert.True(root.GetProperty("core20").ValueKind is JsonValueKind.True or JsonValueKind.False);
        Assert.Equal(JsonValueKind.String, root.GetProperty("lsoa11cd").ValueKind);
    }

    [Fact]
    public void Icb_Json_PlacesHaveNumbersNotStrings()
    {
        var (exit, output, _) = CliRunner.Run("reference", "icb", "QHL", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        var place = doc.RootElement.GetProperty("places")[0];
        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.String, place.GetProperty("area_type").ValueKind);
        Assert.Contains(place.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Lsoa_Unknown_SuggestsClosestAndExits2()
    {
        var (exit, _, error) = CliRunner.Run("reference", "lsoa", "E0102198");

        Assert.Equal(2, exit);
        Assert.Contains("no English LSOA has the code 'E0102198'", error);
        Assert.Contains("Closest:", error);
    }

    [Fact]
    public void Icb_ByOdsCode_PrintsCore20Share()
    {
        var (exit, output, _) = CliRunner.Run("reference", "icb", "QE1");

        Assert.Equal(0, exit);
        Assert.Contains("Lancashire and South Cumbria", output);
        Assert.Contains("29.0%", output);
    }

    [Fact]
    public void Icb_Json_HasNationalQuintilesSummingToPopulation()
    {
        var (exit, output, _) = CliRunner.Run("reference", "icb", "QHL", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0, exit);
        Assert.Equal(root.GetProperty("population").GetInt64(),
            root.GetProperty("population_by_national_quintile").EnumerateArray().Sum(e => e.GetInt64()));
        Assert.InRange(root.GetProperty("core20_share").GetDouble(), 0.45, 0.55);
    }

    [Fact]
    public void Icb_Lsoas_ListsEveryLsoaAsCsv()
    {
        var (exit, output, _) = CliRunner.Run("reference", "icb", "QE1", "--lsoas", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal(1 + 1058, output.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Icb_Ambiguous_ListsMatchesAndExits2()
    {
        var (exit, _, error) = CliRunner.Run("reference", "icb", "London");

        Assert.Equal(2, exit);
        Assert.Contains("matches 5 ICBs", error);
    }

    [Fact]
    public void Icb_Unknown_SuggestsClosestAndExits2()
    {
        var (exit, _, error) = CliRunner.Run("reference", "icb", "Lancshire");

        Assert.Equal(2, exit);
        Assert.Contains("QE1", error);
    }

    [Fact]
    public void Help_DescribesCommandsWithExamples()
    {
        var (exit, output, _) = CliRunner.Run("reference", "icb", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("healthgap reference icb QE1", output);
        Assert.Contains("--format", output);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var (exit, _, _) = CliRunner.Run("reference", "lsoa", "E01021988", "--bogus");

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Version_PrintsVersion()
    {
        var (exit, output, _) = CliRunner.Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }
}
