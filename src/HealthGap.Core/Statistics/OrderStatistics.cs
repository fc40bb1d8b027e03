namespace HealthGap.Core.Statistics;

/// <summary>
/// The package's order-statistic positions for simulated limits, and selection of the k-th
/// smallest value in linear time (sorting 100,000 values per area and level would dominate).
/// </summary>
internal static class OrderStatistics
{
    /// <summary>1-based positions round(R·(1−cv)) and round(R·cv), cv = c + (1−c)/2, halves to even as R does.</summary>
    public static (int Lower, int Upper) Positions(int repetitions, double level)
    {
        var cv = level + ((1 - level) / 2);
        var lower = (int)Math.Round(repetitions * (1 - cv), MidpointRounding.ToEven);
        var upper = (int)Math.Round(repetitions * cv, MidpointRounding.ToEven);
        return (Math.Clamp(lower, 1, repetitions), Math.Clamp(upper, 1, repetitions));
    }

    /// <summary>The value at 1-based sorted position <paramref name="position"/>; reorders <paramref name="values"/>.</summary>
    public static double Select(Span<double> values, int position)
    {
        var k = position - 1;
        int left = 0, right = values.Length - 1;
        while (right > left)
        {
            var pivot = MedianOfThree(values[left], values[(left + right) / 2], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
