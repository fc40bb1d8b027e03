namespace HealthGap.Core.Statistics;

/// <summary>
/// xoshiro256** (seeded through SplitMix64) with a ziggurat normal: the one small, fast, seedable
/// generator of HealthGap. The SII simulation draws from it (10⁸ draws must take about a second) and
/// the synthetic generator builds its distributions on it (<c>SeededRandom</c>). Not for anything
/// security-related.
/// </summary>
public sealed class FastRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A generator whose whole state is spread from <paramref name="seed"/> (any value, including 0).</summary>
    public FastRandom(ulong seed)
    {
        // SplitMix64 spreads any seed (including 0) over the whole state.
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (ziggurat; the layer index and the 32-bit value come from separate bits).</summary>
    public double NextStandardNormal()
    {
        while (true)
        {
            var bits = NextUInt64();
            var hz = (int)(bits >> 32);
            var iz = (int)(bits & 127);
            if ((uint)Math.Abs((long)hz) < Ziggurat.K[iz])
            {
                return hz * Ziggurat.W[iz];
            }

            var x = hz * Ziggurat.W[iz];
            if (iz == 0)
            {
                // The base layer's tail beyond 3.44: Marsaglia's exponential rejection.
                double tail, y;
                do
                {
                    tail = -Math.Log(1 - NextDouble()) / Ziggurat.TailStart;
                    y = -Math.Log(1 - NextDouble());
                }
                while (y + y < tail * tail);

                return hz > 0 ? Ziggurat.TailStart + tail : -Ziggurat.TailStart - tail;
            }

            if (Ziggurat.F[iz] + (NextDouble() * (Ziggurat.F[iz - 1] - Ziggurat.F[iz])) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
