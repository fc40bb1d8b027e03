using HealthGap.Core.WaitingList;
using MathNet.Numerics.LinearAlgebra;

namespace HealthGap.Core.Tests.WaitingList;

public class CaseMixRegressionTests
{
    [Fact]
    public void Fit_FromCellSums_EqualsRowLevelOlsWithHc1()
    {
        var random = new Random(3);
        const int N = 400, Groups = 3, Strata = 4;
        var codes = new int[N];
        var strata = new int[N];
        var y = new double[N];
        for (var i = 0; i < N; i++)
        {
            codes[i] = random.Next(Groups);
            strata[i] = random.Next(Strata);
            y[i] = (0.3 * codes[i]) + strata[i] + (random.NextDouble() * (1 + codes[i]));
        }

        var effects = CaseMixRegression.Fit(CellStatistics.From(y, codes, Groups, strata, Strata), referenceGroup: 0);

        // Row-level design: one column per stratum, then groups 1 and 2.
        var x = Matrix<double>.Build.Dense(N, Strata + Groups - 1, (i, j) =>
            j < Strata ? (strata[i] == j ? 1 : 0) : (codes[i] == j - Strata + 1 ? 1 : 0));
        var yv = Vector<double>.Build.DenseOfArray(y);
        var inverse = (x.Transpose() * x).Inverse();
        var beta = inverse * x.Transpose() * yv;
        var residuals = yv - (x * beta);
        var meat = x.Transpose() * Matrix<double>.Build.DiagonalOfDiagonalArray(residuals.PointwisePower(2).ToArray()) * x;
        var covariance = inverse * meat * inverse * (N / (double)(N - x.ColumnCount));

        Assert.Null(effects[0]);
        for (var g = 1; g < Groups; g++)
        {
            var j = Strata + g - 1;
            Assert.Equal(beta[j], effects[g]!.Value.Coefficient, 10);
            Assert.Equal(Math.Sqrt(covariance[j, j]), effects[g]!.Value.StandardError, 10);
        }
    }

    [Fact]
    public void Fit_GroupOnlyInItsOwnStratum_NotEstimable()
    {
        // Group 1 is only in stratum 1, where the reference group never is: no within-stratum comparison.
        double[] y = [1, 2, 3, 4, 5, 6];
        int[] codes = [0, 0, 0, 1, 1, 2];
        int[] strata = [0, 0, 2, 1, 1, 2];
        var effects = CaseMixRegression.Fit(CellStatistics.From(y, codes, 3, strata, 3), referenceGroup: 0);
        Assert.Null(effects[1]);
        Assert.NotNull(effects[2]);
    }
}
