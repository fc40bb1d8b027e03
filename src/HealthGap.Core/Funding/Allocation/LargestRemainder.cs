namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Turns proportional shares into whole pounds that add up exactly to the total (the largest-remainder,
/// or Hamilton, method): everyone gets the whole-pound part of their exact share, and the pounds left
/// over go one each to the largest fractional parts. Ties go to the earlier item, so results are stable.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>Splits <paramref name="total"/> pounds in proportion to <paramref name="weights"/>.</summary>
    /// <exception cref="ArgumentException">A weight is negative, or all are zero while the total is not.</exception>
    public static long[] Split(long total, IReadOnlyList<decimal> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights must not be negative", nameof(weights));
        }

        var result = new long[weights.Count];
        var sum = weights.Sum();
        if (total == 0)
        {
            return result;
        }

        if (sum == 0)
        {
            throw new ArgumentException("every weight is zero, so there is nothing to share the total by", nameof(weights));
        }

        var remainders = new decimal[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            // Dividing the weight by the sum first keeps the product inside decimal's range for any budget.
            var exact = total * (weights[i] / sum);
            var whole = (long)decimal.Floor(exact);
            result[i] = whole;
            remainders[i] = weights[i] == 0 ? -1 : exact - whole;
            given += whole;
        }

        var order = Enumerable.Range(0, weights.Count)
            .Where(i => weights[i] > 0)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .ToArray();

        // Decimal rounding can leave the floors a pound over or under in extreme cases; correct it so the sum is exact.
        for (var k = 0; given < total; k = (k + 1) % order.Length)
        {
            result[order[k]]++;
            given++;
        }

        for (var k = order.Length - 1; given > total; k = k == 0 ? order.Length - 1 : k - 1)
        {
            if (result[order[k]] > 0)
            {
                result[order[k]]--;
                given--;
            }
        }

        return result;
    }
}
