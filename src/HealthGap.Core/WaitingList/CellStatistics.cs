namespace HealthGap.Core.WaitingList;

/// <summary>
/// Additive sufficient statistics of y = ln(1 + days waited) per group × case-mix stratum cell:
/// count, Σy and Σy². Everything the regression needs (estimates and the sandwich variance) is a
/// function of these, so they can be summed across shards and never need a pathway row again.
/// </summary>
internal sealed class CellStatistics
{
    public CellStatistics(int groupCount, int stratumCount)
    {
        GroupCount = groupCount;
        StratumCount = stratumCount;
        Count = new long[groupCount * stratumCount];
        Sum = new double[groupCount * stratumCount];
        SumOfSquares = new double[groupCount * stratumCount];
    }

    public int GroupCount { get; }

    public int StratumCount { get; }

    public long[] Count { get; }

    public double[] Sum { get; }

    public double[] SumOfSquares { get; }

    /// <summary>Cell index of group <paramref name="group"/> in stratum <paramref name="stratum"/>.</summary>
    public int Cell(int group, int stratum) => (group * StratumCount) + stratum;

    /// <summary>Accumulates every pathway's log wait into its group × stratum cell.</summary>
    public static CellStatistics From(double[] logWait, int[] codes, int groupCount, int[] stratum, int stratumCount)
    {
        var cells = new CellStatistics(groupCount, stratumCount);
        for (var i = 0; i < logWait.Length; i++)
        {
            var c = cells.Cell(codes[i], stratum[i]);
            var y = logWait[i];
            cells.Count[c]++;
            cells.Sum[c] += y;
            cells.SumOfSquares[c] += y * y;
        }

        return cells;
    }

    /// <summary>The same groups with every stratum merged into one (for the crude, unadjusted comparison).</summary>
    public CellStatistics Collapsed()
    {
        var merged = new CellStatistics(GroupCount, 1);
        for (var g = 0; g < GroupCount; g++)
        {
            for (var s = 0; s < StratumCount; s++)
            {
                var c = Cell(g, s);
                merged.Count[g] += Count[c];
                merged.Sum[g] += Sum[c];
                merged.SumOfSquares[g] += SumOfSquares[c];
            }
        }

        return merged;
    }
}
