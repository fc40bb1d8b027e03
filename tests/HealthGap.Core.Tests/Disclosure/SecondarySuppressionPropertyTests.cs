using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Tests.Disclosure;

/// <summary>
/// Random two-way tables (area × group with row, column and grand totals, like a report's
/// breakdown table) checked against the independent rank oracle.
/// </summary>
public sealed class SecondarySuppressionPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Apply_RandomTwoWayTable_NoHiddenCellRecoverableAndNoSmallCountPublished(int seed)
    {
        var input = RandomTable(new Random(seed), rows: 3 + seed % 4, columns: 4 + seed % 3);

        var published = DisclosureGate.Standard.Apply(input);

        Assert.All(published.Cells, c => Assert.False(c.Numerator is > 0 and < 8, $"cell {c.Id} published {c.Numerator}"));
        Assert.All(input.Cells.Where(c => c.Numerator is > 0 and < 8), c => Assert.Null(published[c.Id].Numerator));
        Assert.Empty(RecoverabilityOracle.RecoverableNumerators(published, input));
        Assert.All(published.Cells.Where(c => c.Numerator is null), c => Assert.True(c.Suppressed));
    }

    [Fact]
    public void Oracle_TableWithOneHiddenCellAndTotal_ReportsItRecoverable()
    {
        var input = new DisclosureTable("t", [new("t", 20), new("a", 5), new("b", 15)], [new DisclosureMargin("t", ["a", "b"])]);
        var leaky = new PublishedTable(
            "t",
            [
                new("t", 20, null, null, null, null, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None),
                new("a", null, null, null, null, null, SuppressionReason.SmallCount, SuppressionReason.None, SuppressionReason.None),
                new("b", 15, null, null, null, null, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None),
            ],
            DisclosurePolicy.Standard);

        Assert.Equal(["a"], RecoverabilityOracle.RecoverableNumerators(leaky, input));
    }

    private static DisclosureTable RandomTable(Random random, int rows, int columns)
    {
        var cells = new List<DisclosureCell>();
        var margins = new List<DisclosureMargin>();
        var grid = new long[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = random.Next(4) == 0 ? random.Next(0, 8) : random.Next(8, 60);
                cells.Add(new DisclosureCell($"r{r}c{c}", grid[r, c]));
            }

            cells.Add(new DisclosureCell($"r{r}", Enumerable.Range(0, columns).Sum(c => grid[r, c])));
            margins.Add(new DisclosureMargin($"r{r}", [.. Enumerable.Range(0, columns).Select(c => $"r{r}c{c}")]));
        }

        for (var c = 0; c < columns; c++)
        {
            cells.Add(new DisclosureCell($"c{c}", Enumerable.Range(0, rows).Sum(r => grid[r, c])));
            margins.Add(new DisclosureMargin($"c{c}", [.. Enumerable.Range(0, rows).Select(r => $"r{r}c{c}")]));
        }

        cells.Add(new DisclosureCell("all", cells.Where(x => x.Id.StartsWith('r') && !x.Id.Contains('c')).Sum(x => x.Numerator)));
        margins.Add(new DisclosureMargin("all", [.. Enumerable.Range(0, rows).Select(r => $"r{r}")]));
        margins.Add(new DisclosureMargin("all", [.. Enumerable.Range(0, columns).Select(c => $"c{c}")]));
        return new DisclosureTable("random", cells, margins);
    }
}
