using HealthGap.Core.Statistics;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// The synthetic generator's random draws (dates, weighted picks, Poisson, Erlang...) on Core's
/// <see cref="FastRandom"/> (xoshiro256**, seeded through SplitMix64). Each LSOA
/// shard owns its own instance derived from the run seed and the shard's index, so the output never
/// depends on which thread ran which shard. Not for security.
/// </summary>
internal sealed class SeededRandom
{
    private readonly FastRandom _bits;

    /// <summary>The generator for one stream (and substream) of the run seeded by <paramref name="seed"/>.</summary>
    public SeededRandom(long seed, long stream, long substream = 0) =>
        _bits = new FastRandom((ulong)seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL) ^ ((ulong)substream * 0xC2B2AE3D27D4EB4FUL));

    public ulong NextUInt64() => _bits.NextUInt64();

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => _bits.NextDouble();

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 33) * (ulong)n >> 31);

    /// <summary>Uniform integer in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A day uniformly in [from, to] (inclusive); <paramref name="from"/> when the range is empty.</summary>
    public DateOnly Date(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(Next(to.DayNumber - from.DayNumber + 1));

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Erlang (gamma with integer shape) with the given mean.</summary>
    public double Erlang(int shape, double mean)
    {
        var sum = 0.0;
        for (var i = 0; i < shape; i++)
        {
            sum += Exponential(mean / shape);
        }

        return sum;
    }

    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public int Poisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 40)
        {
            return Math.Max(0, (int)Math.Round(Normal(lambda, Math.Sqrt(lambda))));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>Index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public T Choose<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
