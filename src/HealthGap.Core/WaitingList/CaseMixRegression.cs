using MathNet.Numerics.LinearAlgebra;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// Ordinary least squares of y = ln(1 + days waited) on group indicators plus one fixed effect per
/// case-mix stratum (treatment function × priority), fitted from <see cref="CellStatistics"/>.
/// Because every regressor is an indicator, X'X, X'y and the HC1 sandwich "meat" are sums over
/// cells, so a fit over 500,000 pathways is a k × k problem (k = strata + groups − 1).
/// A group, or a stratum, that shares no stratum (group) with the reference group's connected set
/// cannot be compared within specialty; its effect is reported as not estimable (null), never guessed.
/// Owns the fit only; turning β into ratios and flags is <see cref="GapEstimates"/>' job.
/// </summary>
internal static class CaseMixRegression
{
    public static GroupEffect?[] Fit(CellStatistics cells, int referenceGroup)
    {
        var (groupConnected, stratumConnected) = Connectivity.FromReference(cells, referenceGroup);
        var strata = Enumerable.Range(0, cells.StratumCount).Where(s => stratumConnected[s]).ToArray();
        var groups = Enumerable.Range(0, cells.GroupCount).Where(g => g != referenceGroup && groupConnected[g]).ToArray();
        var effects = new GroupEffect?[cells.GroupCount];
        if (strata.Length == 0 || groups.Length == 0)
        {
            return effects;
        }

        var k = strata.Length + groups.Length;
        var column = new int[cells.StratumCount + cells.GroupCount];
        Array.Fill(column, -1);
        for (var i = 0; i < strata.Length; i++)
        {
            column[strata[i]] = i;
        }

        for (var i = 0; i < groups.Length; i++)
        {
            column[cells.StratumCount + groups[i]] = strata.Length + i;
        }

        var xtx = Matrix<double>.Build.Dense(k, k);
        var xty = Vector<double>.Build.Dense(k);
        long n = 0;
        ForEachCell(cells, column, referenceGroup, (c, s, g) =>
        {
            AddOuter(xtx, s, g, cells.Count[c]);
            xty[s] += cells.Sum[c];
            if (g >= 0)
            {
                xty[g] += cells.Sum[c];
            }

            n += cells.Count[c];
        });

        var inverse = xtx.Inverse();
        var beta = inverse * xty;
        var meat = Matrix<double>.Build.Dense(k, k);
        ForEachCell(cells, column, referenceGroup, (c, s, g) =>
        {
            var fitted = beta[s] + (g >= 0 ? beta[g] : 0);
            var residualSquares = cells.SumOfSquares[c] - (2 * fitted * cells.Sum[c]) + (cells.Count[c] * fitted * fitted);
            AddOuter(meat, s, g, Math.Max(residualSquares, 0));
        });

        var smallSample = n > k ? (double)n / (n - k) : double.NaN;
        var covariance = inverse * meat * inverse * smallSample;
        for (var i = 0; i < groups.Length; i++)
        {
            var j = strata.Length + i;
            effects[groups[i]] = new GroupEffect(beta[j], Math.Sqrt(Math.Max(covariance[j, j], 0)));
        }

        return effects;
    }

    /// <summary>
    /// Calls <paramref name="action"/>(cell, stratum column, group column or −1 for the reference)
    /// for every non-empty cell of a modelled stratum and of the reference or a modelled group.
    /// </summary>
    private static void ForEachCell(CellStatistics cells, int[] column, int referenceGroup, Action<int, int, int> action)
    {
        for (var g = 0; g < cells.GroupCount; g++)
        {
            var groupColumn = column[cells.StratumCount + g];
            if (groupColumn < 0 && g != referenceGroup)
            {
                continue;
            }

            for (var s = 0; s < cells.StratumCount; s++)
            {
                var c = cells.Cell(g, s);
                if (cells.Count[c] > 0 && column[s] >= 0)
                {
                    action(c, column[s], groupColumn);
                }
            }
        }
    }

    private static void AddOuter(Matrix<double> matrix, int s, int g, double weight)
    {
        matrix[s, s] += weight;
        if (g >= 0)
        {
            matrix[g, g] += weight;
            matrix[s, g] += weight;
            matrix[g, s] += weight;
        }
    }
}
