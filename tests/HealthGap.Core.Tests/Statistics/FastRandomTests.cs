using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class FastRandomTests
{
    [Fact]
    public void NextStandardNormal_MillionDraws_HaveNormalMomentsAndTails()
    {
        var random = new FastRandom(12345);
        const int draws = 1_000_000;
        double sum = 0, squares = 0;
        int beyond196 = 0, beyond309 = 0, beyond35 = 0;
        for (var i = 0; i < draws; i++)
        {
            var x = random.NextStandardNormal();
            sum += x;
            squares += x * x;
            var a = Math.Abs(x);
            beyond196 += a > 1.959964 ? 1 : 0;
            beyond309 += a > 3.090232 ? 1 : 0;
            beyond35 += a > 3.5 ? 1 : 0;
        }

        var mean = sum / draws;
        var variance = (squares / draws) - (mean * mean);
        Assert.InRange(mean, -0.005, 0.005);
        Assert.InRange(variance, 0.99, 1.01);
        Assert.InRange(beyond196 / (double)draws, 0.049, 0.051);
        Assert.InRange(beyond309 / (double)draws, 0.0017, 0.0023);

        // Two-sided P(|Z| > 3.5) = 4.65e-4: the ziggurat's tail layer must be reached and correct.
        Assert.InRange(beyond35 / (double)draws, 0.00038, 0.00056);
    }

    [Fact]
    public void FastRandom_SameSeed_SameStream()
    {
        var a = new FastRandom(99);
        var b = new FastRandom(99);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextStandardNormal()), Enumerable.Range(0, 100).Select(_ => b.NextStandardNormal()));
    }
}
