using System.Security.Cryptography;

namespace HealthGap.Core.Privacy;

/// <summary>
/// The secret pseudonymisation key: at least 32 bytes, read from a key file (raw bytes or hex/base64
/// text) or from the <see cref="EnvironmentVariable"/>. It must live apart from the store: anyone holding
/// both could re-identify people by hashing candidate NHS numbers.
/// </summary>
public sealed class PseudonymisationKey
{
    /// <summary>Environment variable that may hold the key (hex or base64).</summary>
    public const string EnvironmentVariable = "HEALTHGAP_PSEUDONYMISATION_KEY";

    private const int MinimumBytes = 32;

    private PseudonymisationKey(byte[] bytes, string source)
    {
        Bytes = bytes;
        Source = source;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData([.. "healthgap-key-fingerprint"u8, .. bytes]))[..16];
    }

    /// <summary>The key material (inside Core only: it never leaves the pseudonymiser).</summary>
    internal ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Where the key came from, for messages (a path or the variable name, never the key).</summary>
    public string Source { get; }

    /// <summary>A one-way fingerprint recorded with each batch so mixing keys in one store is caught.</summary>
    public string Fingerprint { get; }

    /// <summary>Builds a key from text (hex or base64) or raw bytes.</summary>
    public static PseudonymisationKey FromText(string text, string source)
    {
        var trimmed = text.Trim();
        byte[] bytes;
        if (trimmed.Length >= MinimumBytes * 2 && trimmed.All(Uri.IsHexDigit))
        {
            bytes = Convert.FromHexString(trimmed);
        }
        else
        {
            try
            {
                bytes = Convert.FromBase64String(trimmed);
            }
            catch (FormatException)
            {
                throw new PseudonymisationKeyException($"the pseudonymisation key in {source} is neither hex nor base64. Generate one with: openssl rand -hex 32");
            }
        }

        if (bytes.Length < MinimumBytes)
        {
            throw new PseudonymisationKeyException($"the pseudonymisation key in {source} is {bytes.Length} bytes; it must be at least {MinimumBytes}. Generate one with: openssl rand -hex 32");
        }

        return new PseudonymisationKey(bytes, source);
    }

    /// <summary>Reads a key file written as hex or base64 text.</summary>
    public static PseudonymisationKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new PseudonymisationKeyException($"the key file {path} does not exist. Point --key-file at the ICS's key, or set {EnvironmentVariable}.");
        }

        return FromText(File.ReadAllText(path), path);
    }

    /// <summary>Writes a fresh random key as hex to <paramref name="path"/>, readable by the owner only.</summary>
    public static PseudonymisationKey Generate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var hex = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(MinimumBytes));
        File.WriteAllText(path, hex + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return FromText(hex, path);
    }
}
