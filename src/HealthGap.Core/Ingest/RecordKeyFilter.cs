namespace HealthGap.Core.Ingest;

/// <summary>
/// A Bloom filter over the record keys of one batch, so the SQL duplicate check only has to look at the
/// few keys that may repeat instead of grouping every key of the batch. It never misses a repeat (a key
/// seen before always tests positive); a false positive only makes SQL check a key that turns out unique,
/// so the result stays exact. Its size is fixed from the batch's bytes (≤ 256 MB), so memory stays bounded
/// whatever the input.
/// </summary>
internal sealed class RecordKeyFilter
{
    private const int Probes = 3;
    private readonly ulong[] _bits;
    private readonly ulong _mask;

    /// <param name="expectedKeys">About how many keys the batch holds (16 bits are kept per key).</param>
    public RecordKeyFilter(long expectedKeys)
    {
        var bits = Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(expectedKeys, 1) * 16), 1UL << 16, 1UL << 31);
        _bits = new ulong[bits / 64];
        _mask = bits - 1;
    }

    /// <summary>Adds the key; true when it may have been added before (a possible duplicate).</summary>
    public bool TestAndAdd(string key)
    {
        var hash = Mix(Fnv1a(key));
        var step = Mix(hash) | 1;
        var seen = true;
        for (var i = 0; i < Probes; i++)
        {
            var bit = (hash + ((ulong)i * step)) & _mask;
            ref var word = ref _bits[bit >> 6];
            var flag = 1UL << (int)(bit & 63);
            seen &= (word & flag) != 0;
            word |= flag;
        }

        return seen;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64's finaliser: spreads FNV's weak low bits over the whole word.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
