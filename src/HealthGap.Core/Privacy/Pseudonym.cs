namespace HealthGap.Core.Privacy;

/// <summary>
/// A person's keyed pseudonym: the HMAC-SHA256 of their normalised NHS number, and the 64-bit
/// <see cref="PersonId"/> (its first eight bytes, big-endian, signed) the store joins on.
/// </summary>
/// <param name="PersonId">First 8 bytes of the HMAC as a signed big-endian integer.</param>
/// <param name="Hex">The full HMAC in lower-case hex.</param>
internal sealed record Pseudonym(long PersonId, string Hex);
