using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Tests.Funding.Allocation;

/// <summary>Largest-remainder rounding: whole pounds that always add up exactly to the budget.</summary>
public sealed class LargestRemainderTests
{
    [Fact]
    public void Split_ThreeWayTie_SparePoundGoesToTheFirst()
    {
        Assert.Equal([34, 33, 33], LargestRemainder.Split(100, [1m, 1m, 1m]));
    }

    [Fact]
    public void Split_HandExample_LargestRemaindersGetThePounds()
    {
        // 10 × 3/7 = 4.29, 10 × 2/7 = 2.86 twice: floors 4 + 2 + 2 = 8, the two .86 remainders get a pound each.
        Assert.Equal([4, 3, 3], LargestRemainder.Split(10, [3m, 2m, 2m]));
    }

    [Fact]
    public void Split_RandomBudgetsAndPlaces_SumExactlyAndStayWithinAPoundOfTheExactShare()
    {
        // A seeded property test: 1,000 random budgets (0 to £10bn) over 1-60 places with random weights, some zero.
        var random = new Random(20240401);
        for (var run = 0; run < 1_000; run++)
        {
            var count = random.Next(1, 61);
            var weights = Enumerable.Range(0, count)
                .Select(_ => random.Next(4) == 0 ? 0m : (decimal)(random.NextDouble() * Math.Pow(10, random.Next(0, 7))))
                .ToArray();
            weights[random.Next(count)] += 1;
            var total = random.Next(3) == 0 ? random.Next(0, 100) : random.NextInt64(0, 10_000_000_000);

            var amounts = LargestRemainder.Split(total, weights);

            Assert.Equal(total, amounts.Sum());
            var sum = weights.Sum();
            for (var i = 0; i < count; i++)
            {
                var exact = total * (weights[i] / sum);
                Assert.True(Math.Abs(amounts[i] - exact) < 1, $"run {run}: place {i} got {amounts[i]} for an exact share of {exact}");
                Assert.True(weights[i] > 0 || amounts[i] == 0, $"run {run}: place {i} has weight 0 but got {amounts[i]}");
            }
        }
    }

    [Fact]
    public void Split_AllWeightsZero_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(10, [0m, 0m]));
    }
}
