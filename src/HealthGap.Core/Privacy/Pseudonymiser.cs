using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HealthGap.Core.Privacy;

/// <summary>
/// Pseudonymisation at the door: HMAC-SHA256 under a secret key that never sits with the data.
/// The same key gives the same pseudonym for a person across batches and sources; a different key
/// gives pseudonyms that cannot be linked to the first. It also derives the fallback linkage key
/// (date of birth + sex + LSOA) under the same key, so the store never holds those three in clear.
/// One instance serves one thread: it reuses a keyed HMAC context, because setting up a fresh one per
/// call (the one-shot API) cost ~10 µs, which dominated loading registrations.
/// </summary>
internal sealed class Pseudonymiser(PseudonymisationKey key) : IDisposable
{
    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Bytes.ToArray());

    /// <summary>Short public fingerprint of the key (not the key): tells whether two stores used the same key.</summary>
    public string KeyFingerprint => key.Fingerprint;

    /// <summary>The pseudonym of a normalised (ten-digit, valid) NHS number.</summary>
    public Pseudonym Pseudonymise(ReadOnlySpan<char> normalisedNhsNumber)
    {
        Span<byte> input = stackalloc byte[NhsNumber.Length];
        for (var i = 0; i < NhsNumber.Length; i++)
        {
            input[i] = (byte)normalisedNhsNumber[i];
        }

        Span<byte> hash = stackalloc byte[32];
        Hash(input, hash);
        return Pseudonym.FromHash(hash);
    }

    /// <summary>
    /// The keyed linkage key of (date of birth, sex, LSOA) used by the deterministic fallback for records
    /// without an NHS number. A domain prefix keeps it from ever equalling an NHS-number pseudonym.
    /// </summary>
    public long LinkageKey(DateOnly dateOfBirth, char sex, string lsoa11cd)
    {
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dob-sex-lsoa|{dateOfBirth:yyyy-MM-dd}|{sex}|{lsoa11cd}");
        Span<byte> bytes = text.Length <= 128 ? stackalloc byte[text.Length] : new byte[text.Length];
        var written = Encoding.ASCII.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        Hash(bytes[..written], hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    /// <inheritdoc />
    public void Dispose() => _hmac.Dispose();

    private void Hash(ReadOnlySpan<byte> input, Span<byte> hash)
    {
        _hmac.AppendData(input);
        _hmac.GetHashAndReset(hash);
    }
}
