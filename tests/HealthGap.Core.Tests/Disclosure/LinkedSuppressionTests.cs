using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Tests.Disclosure;

/// <summary>
/// Tables linked by margins across levels (practices × groups within PCNs × groups), checked against
/// the independent rank oracle; and tables that share no link come out exactly as gated alone.
/// </summary>
public sealed class LinkedSuppressionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Apply_RandomPracticesInPcns_NoSmallCountRecoverableAcrossLevels(int seed)
    {
        var input = RandomHierarchy(new Random(seed), pcns: 2 + (seed % 3), groups: 3 + (seed % 3));

        var published = DisclosureGate.Standard.Apply(input);

        Assert.All(published.Cells, c => Assert.False(c.Numerator is > 0 and < 8, $"cell {c.Id} published {c.Numerator}"));
        var recoverable = RecoverabilityOracle.RecoverableNumerators(published, input)
            .Where(id => published[id].NumeratorReason == SuppressionReason.SmallCount).ToList();
        Assert.Empty(recoverable);
    }

    [Fact]
    public void Apply_PracticeHiddenOnlyByItsPcnTotal_HidesAnotherPracticeToo()
    {
        // Each practice is one cell; alone, nothing but P1 is hidden and P1 = U1 − P2 − P3.
        var input = new DisclosureTable(
            "practices in a PCN",
            [new("U1", 40), new("P1", 3), new("P2", 17), new("P3", 20)],
            [new DisclosureMargin("U1", ["P1", "P2", "P3"], Linked: true)]);

        var published = DisclosureGate.Standard.Apply(input);

        Assert.Null(published["P1"].Numerator);
        Assert.Null(published["P2"].Numerator);
        Assert.Equal(SuppressionReason.Complementary, published["P2"].NumeratorReason);
        Assert.Equal(20, published["P3"].Numerator);
    }

    [Fact]
    public void Apply_WithheldGrandTotal_IsNeverPublishedAndHidesNothingByItself()
    {
        var input = new DisclosureTable(
            "two levels, no published total",
            [new("total", 100, Withheld: true), new("a", 50), new("b", 50), new("x", 40), new("y", 60)],
            [new DisclosureMargin("total", ["a", "b"], Linked: true), new DisclosureMargin("total", ["x", "y"], Linked: true)]);

        var published = DisclosureGate.Standard.Apply(input);

        Assert.Null(published["total"].Numerator);
        Assert.Equal(SuppressionReason.Withheld, published["total"].NumeratorReason);
        Assert.All(["a", "b", "x", "y"], id => Assert.NotNull(published[id].Numerator));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Apply_SeveralUnlinkedTablesAtOnce_SameAsEachGatedAlone(int seed)
    {
        var random = new Random(seed);
        var tables = Enumerable.Range(0, 4).Select(t => RandomArea(random, $"t{t}", 5)).ToList();
        var together = new DisclosureTable("together", [.. tables.SelectMany(t => t.Cells)], [.. tables.SelectMany(t => t.Margins)]);

        var published = DisclosureGate.Standard.Apply(together);

        foreach (var table in tables)
        {
            var alone = DisclosureGate.Standard.Apply(table);
            Assert.All(alone.Cells, c => Assert.Equal(c, published[c.Id]));
        }
    }

    private static DisclosureTable RandomHierarchy(Random random, int pcns, int groups)
    {
        var cells = new List<DisclosureCell>();
        var margins = new List<DisclosureMargin>();
        for (var p = 0; p < pcns; p++)
        {
            var practices = Enumerable.Range(0, 2 + random.Next(3)).Select(k => RandomArea(random, $"U{p}P{k}", groups)).ToList();
            var pcn = $"U{p}";
            var sums = Enumerable.Range(0, groups + 1).Select(g => practices.Sum(t => t.Cells[g].Numerator)).ToList();
            cells.AddRange(sums.Select((n, g) => new DisclosureCell(g == 0 ? $"{pcn}|all" : $"{pcn}|g{g}", n)));
            margins.Add(new DisclosureMargin($"{pcn}|all", [.. Enumerable.Range(1, groups).Select(g => $"{pcn}|g{g}")]));
            foreach (var practice in practices)
            {
                cells.AddRange(practice.Cells);
                margins.AddRange(practice.Margins);
            }

            for (var g = 0; g <= groups; g++)
            {
                margins.Add(new DisclosureMargin(cells.First(c => c.Id.StartsWith(pcn + "|", StringComparison.Ordinal) && c.Id.EndsWith(g == 0 ? "|all" : $"|g{g}", StringComparison.Ordinal)).Id,
                    [.. practices.Select(t => t.Cells[g].Id)], Linked: true));
            }
        }

        return new DisclosureTable("practices in PCNs", cells, margins);
    }

    // One area: its all-persons cell first, then its groups, a quarter of them small.
    private static DisclosureTable RandomArea(Random random, string area, int groups)
    {
        var counts = Enumerable.Range(0, groups).Select(_ => random.Next(4) == 0 ? (long)random.Next(0, 8) : random.Next(8, 60)).ToList();
        var cells = new List<DisclosureCell> { new($"{area}|all", counts.Sum()) };
        cells.AddRange(counts.Select((n, g) => new DisclosureCell($"{area}|g{g + 1}", n)));
        return new DisclosureTable(area, cells, [new DisclosureMargin($"{area}|all", [.. cells.Skip(1).Select(c => c.Id)])]);
    }
}
