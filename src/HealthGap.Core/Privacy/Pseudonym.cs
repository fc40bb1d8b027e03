using System.Buffers.Binary;

namespace HealthGap.Core.Privacy;

/// <summary>
/// A person's keyed pseudonym: the HMAC-SHA256 of their normalised NHS number, held as four 64-bit words
/// (the ingest caches one per person, so it is a 32-byte value rather than a 64-character string), and the
/// 64-bit <see cref="PersonId"/> (its first eight bytes, big-endian, signed) the store joins on.
/// </summary>
/// <param name="PersonId">Bytes 0–7 of the HMAC as a signed big-endian integer.</param>
/// <param name="Rest1">Bytes 8–15.</param>
/// <param name="Rest2">Bytes 16–23.</param>
/// <param name="Rest3">Bytes 24–31.</param>
internal readonly record struct Pseudonym(long PersonId, long Rest1, long Rest2, long Rest3)
{
    /// <summary>The pseudonym of a 32-byte HMAC.</summary>
    public static Pseudonym FromHash(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadInt64BigEndian(hash), BinaryPrimitives.ReadInt64BigEndian(hash[8..]),
        BinaryPrimitives.ReadInt64BigEndian(hash[16..]), BinaryPrimitives.ReadInt64BigEndian(hash[24..]));

    /// <summary>The full HMAC in lower-case hex, as <c>person.pseudonym</c> stores it.</summary>
    public string Hex
    {
        get
        {
            Span<byte> hash = stackalloc byte[32];
            BinaryPrimitives.WriteInt64BigEndian(hash, PersonId);
            BinaryPrimitives.WriteInt64BigEndian(hash[8..], Rest1);
            BinaryPrimitives.WriteInt64BigEndian(hash[16..], Rest2);
            BinaryPrimitives.WriteInt64BigEndian(hash[24..], Rest3);
            return Convert.ToHexStringLower(hash);
        }
    }
}
