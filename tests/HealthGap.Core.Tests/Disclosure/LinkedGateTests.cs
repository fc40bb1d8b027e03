using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Tests.Disclosure;

/// <summary>
/// The linked gate against an independent exact check (<see cref="RecoverabilityAudit"/>: dense
/// elimination over every margin). A two-level area hierarchy (ICB = 2 PCNs = 6 practices) by a nested
/// breakdown (all = F + M; all = quintile 1 + 2 + 3, quintile = its deciles) with many small counts, the
/// shape that let a practice's count be had as its PCN minus its neighbours when each area was gated alone.
/// </summary>
public sealed class LinkedGateTests
{
    private static readonly string[] Groups = ["all", "F", "M", "q1", "q2", "q3", "d1", "d2", "d3", "d4", "d5", "d6"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ApplyLinked_RandomSparseHierarchy_NoSmallCountIsDeterminedByAnyMargin(int seed)
    {
        var (table, margins) = Hierarchy(seed);

        var (published, _) = DisclosureGate.Standard.ApplyLinked(table);

        var hidden = published.Select(p => p.NumeratorReason != SuppressionReason.None).ToArray();
        var determined = RecoverabilityAudit.DeterminedCells(hidden, margins);
        var small = determined.Where(i => DisclosureGate.Standard.Policy.IsSmall(table.Cells[i].Numerator)).ToList();
        Assert.True(small.Count == 0, $"seed {seed}: determined small counts at {string.Join(", ", small.Select(i => table.Cells[i].Id))}");
        Assert.All(Enumerable.Range(0, hidden.Length).Where(i => DisclosureGate.Standard.Policy.IsSmall(table.Cells[i].Numerator)), i => Assert.True(hidden[i]));
    }

    [Fact]
    public void ApplyLinked_PracticeHiddenAlone_IsNotPcnMinusItsNeighbours()
    {
        // Practice p1's 3 is small; gated area by area, p2 and p3 stay published and p1 = PCN − p2 − p3.
        var (table, margins) = Hierarchy(seed: 0, overrideAll: new() { ["p1"] = 3, ["p2"] = 40, ["p3"] = 50, ["p4"] = 60, ["p5"] = 70, ["p6"] = 80 });

        var (published, _) = DisclosureGate.Standard.ApplyLinked(table);

        var hidden = published.Select(p => p.NumeratorReason != SuppressionReason.None).ToArray();
        var p1 = table.Cells.Select((c, i) => (c, i)).Single(x => x.c.Id == "p1|all").i;
        Assert.True(hidden[p1]);
        Assert.DoesNotContain(p1, RecoverabilityAudit.DeterminedCells(hidden, margins));
        Assert.True(table.Cells.Where((c, i) => hidden[i] && c.Id.EndsWith("|all", StringComparison.Ordinal) && c.Id != "p1|all").Any(), "another total is hidden beside it");
    }

    [Fact]
    public void ApplyLinked_NothingSmall_PublishesEverything()
    {
        var (table, _) = Hierarchy(seed: 9, floor: 8);

        var (published, unprotected) = DisclosureGate.Standard.ApplyLinked(table);

        Assert.All(published, p => Assert.Equal(SuppressionReason.None, p.NumeratorReason));
        Assert.Equal(0, unprotected);
    }

    // Areas: 0 = ICB, 1–2 = PCNs, 3–8 = practices (three per PCN). Counts are generated per practice and
    // finest group (sex × decile) and summed, so every margin holds exactly.
    private static (LinkedDisclosureTable Table, List<(int Total, int[] Parts)> Margins) Hierarchy(int seed, int floor = 0, Dictionary<string, long>? overrideAll = null)
    {
        var random = new Random(seed);
        string[] areas = ["icb", "n1", "n2", "p1", "p2", "p3", "p4", "p5", "p6"];
        var leaf = new long[6, 2, 6];
        for (var p = 0; p < 6; p++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var d = 0; d < 6; d++)
                {
                    leaf[p, s, d] = floor > 0 ? floor + random.Next(20) : random.Next(6) == 0 ? random.Next(30) : random.Next(4);
                }
            }
        }

        if (overrideAll is not null)
        {
            // Scale each practice to the wanted total, all in women in decile 1, to keep margins exact.
            for (var p = 0; p < 6; p++)
            {
                Array.Clear(leaf, p * 12, 12);
                leaf[p, 0, 0] = overrideAll[areas[p + 3]];
            }
        }

        long Count(int area, string group)
        {
            var practices = area == 0 ? Enumerable.Range(0, 6) : area <= 2 ? Enumerable.Range((area - 1) * 3, 3) : [area - 3];
            bool Sex(int s) => group switch { "F" => s == 0, "M" => s == 1, _ => true };
            bool Decile(int d) => group switch
            {
                ['q', var q] => d / 2 == q - '1',
                ['d', var n] => d == n - '1',
                _ => true,
            };
            return practices.Sum(p => Enumerable.Range(0, 2).Where(Sex).Sum(s => Enumerable.Range(0, 6).Where(Decile).Sum(d => leaf[p, s, d])));
        }

        var cells = new List<DisclosureCell>();
        var coordinates = new List<int[]>();
        for (var a = 0; a < areas.Length; a++)
        {
            for (var g = 0; g < Groups.Length; g++)
            {
                cells.Add(new DisclosureCell($"{areas[a]}|{Groups[g]}", Count(a, Groups[g])));
                coordinates.Add([a, g]);
            }
        }

        // Atoms: practices (registration) for areas; deciles (universe 0) and sexes (universe 1) for groups.
        var areaDimension = new SumDimension(
            [(0, [0, 1, 2, 3, 4, 5]), (0, [0, 1, 2]), (0, [3, 4, 5]), (0, [0]), (0, [1]), (0, [2]), (0, [3]), (0, [4]), (0, [5])], new int[6], sharedTotal: true);
        var groupDimension = new SumDimension(
            [(SumDimension.Grand, []), (1, [6]), (1, [7]), (0, [0, 1]), (0, [2, 3]), (0, [4, 5]), (0, [0]), (0, [1]), (0, [2]), (0, [3]), (0, [4]), (0, [5])],
            [0, 0, 0, 0, 0, 0, 1, 1], sharedTotal: true);
        var table = new LinkedDisclosureTable("test hierarchy", cells, coordinates, [areaDimension, groupDimension], [new int[areas.Length], new int[Groups.Length]]);

        int Cell(int a, string g) => (a * Groups.Length) + Array.IndexOf(Groups, g);
        var margins = new List<(int Total, int[] Parts)>();
        foreach (var g in Groups)
        {
            margins.Add((Cell(0, g), [Cell(1, g), Cell(2, g)]));
            margins.Add((Cell(1, g), [Cell(3, g), Cell(4, g), Cell(5, g)]));
            margins.Add((Cell(2, g), [Cell(6, g), Cell(7, g), Cell(8, g)]));
        }

        for (var a = 0; a < areas.Length; a++)
        {
            margins.Add((Cell(a, "all"), [Cell(a, "F"), Cell(a, "M")]));
            margins.Add((Cell(a, "all"), [Cell(a, "q1"), Cell(a, "q2"), Cell(a, "q3")]));
            margins.Add((Cell(a, "q1"), [Cell(a, "d1"), Cell(a, "d2")]));
            margins.Add((Cell(a, "q2"), [Cell(a, "d3"), Cell(a, "d4")]));
            margins.Add((Cell(a, "q3"), [Cell(a, "d5"), Cell(a, "d6")]));
        }

        return (table, margins);
    }
}
