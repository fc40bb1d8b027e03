using System.Collections.Concurrent;
using System.Security.Cryptography;
using HealthGap.Core.Reference;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>SHA-256 of the reference files an allocation reads, computed once per folder.</summary>
public static class ReferenceFingerprint
{
    private static readonly ConcurrentDictionary<string, DataVintage> Cache = new(StringComparer.Ordinal);

    /// <summary>The data vintage of <paramref name="reference"/>, with its file hashes.</summary>
    public static DataVintage Of(ReferenceData reference) =>
        Cache.GetOrAdd(reference.Directory, directory => new DataVintage
        {
            ReferenceFiles = new[] { ReferenceDataLoader.ImdFile, ReferenceDataLoader.LookupFile }
                .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, f))))),
        });
}
