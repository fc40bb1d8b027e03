using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class QuantileTests
{
    [Theory]
    [InlineData("IndSexReg", "ind_sex_ref;parent_code", 10, null, null)]
    [InlineData("IndSexReg", "ind_sex_ref;parent_code", 10, "90366Female", false)]
    [InlineData("IndSex", "ind_sex_ref", 7, null, null)]
    [InlineData("None", "", 4, null, true)]
    public void Quantiles_FixtureCase_MatchesExactly(string groupSet, string groupBy, int count, string? indSexRef, bool? invert)
    {
        var rows = FixtureCsv.Read("quantiles.csv")
            .Where(r => r["test"].StartsWith("Good", StringComparison.Ordinal) && r["group_set"] == groupSet)
            .Where(r => indSexRef is null || r["ind_sex_ref"] == indSexRef)
            .ToArray();
        var columns = groupBy.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        foreach (var group in rows.GroupBy(r => string.Join("|", columns.Select(c => r[c]))))
        {
            var members = group.ToArray();
            var groupInvert = invert ?? members[0]["invert"] == "True";
            var quantiles = Quantiles.Assign(members.Select(m => m.Number("value")).ToArray(), count, groupInvert);
            for (var i = 0; i < members.Length; i++)
            {
                Assert.True(members[i].Number("expected_quantile") == quantiles[i],
                    $"row {members[i]["row"]}: expected {members[i]["expected_quantile"]}, got {quantiles[i]}");
            }
        }
    }

    [Fact]
    public void Quantiles_TooFewValues_AllMissing()
    {
        double?[] values = [1, 2, 3, null];

        Assert.All(Quantiles.Assign(values, 4), q => Assert.Null(q));
        Assert.True(Quantiles.HasTooFewValues(values, 4));
    }

    [Fact]
    public void Quantiles_Ties_TakeMinimumRank()
    {
        var quantiles = Quantiles.Assign([5, 5, 1, 2, 3, 4], 3, invert: false);

        Assert.Equal(quantiles[0], quantiles[1]);
        Assert.Equal(1, quantiles[2]);
    }
}
