using System.Collections.Concurrent;
using HealthGap.Core.Reference;

namespace HealthGap.Web.Geography;

/// <summary>
/// The shipped reference data (IMD 2019, geography), loaded once per process on first use and
/// shared: it is immutable, and loading it takes about a second, so the host warms it after start.
/// What pages ask of it per ICB or place (a profile, a place's LSOAs) is a scan of England's 32,844
/// LSOAs, so each answer is worked out once and kept: there are 42 ICBs and about 300 places.
/// </summary>
internal static class ReferenceProvider
{
    private static readonly Lazy<ReferenceData> Data = new(() => ReferenceData.Load(_directory), LazyThreadSafetyMode.ExecutionAndPublication);
    private static volatile string? _directory;
    private static readonly ConcurrentDictionary<CodedArea, Lazy<IcbProfile>> Profiles = new();
    private static readonly ConcurrentDictionary<string, Lazy<Lsoa[]>> PlaceLsoas = new(StringComparer.OrdinalIgnoreCase);

    public static ReferenceData Reference => Data.Value;

    /// <summary>
    /// Where the reference data is read from (the host sets it from <c>HealthGapPaths.ReferenceDataDir</c>
    /// before the first request; null for the shipped copy). The data is loaded once per process, so a
    /// later host naming another folder once it is loaded is refused rather than silently served the first.
    /// </summary>
    public static void UseDirectory(string? directory)
    {
        var wanted = directory is null ? null : Path.GetFullPath(directory);
        if (Data.IsValueCreated && wanted is not null && Path.GetFullPath(Data.Value.Directory) != wanted)
        {
            throw new InvalidOperationException($"this process already serves the reference data in {Data.Value.Directory}; it cannot switch to {wanted}.");
        }

        _directory = wanted;
    }

    /// <summary>The ICB with this ODS or GSS code, or null.</summary>
    public static CodedArea? FindIcb(string code) =>
        Reference.Icbs.FirstOrDefault(i => string.Equals(i.OdsCode, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ICB's profile (<see cref="ReferenceData.Profile"/>), worked out on first use.</summary>
    public static IcbProfile Profile(CodedArea icb) =>
        Profiles.GetOrAdd(icb, area => new Lazy<IcbProfile>(() => Reference.Profile(area))).Value;

    /// <summary>The LSOAs of a place (local authority district, by GSS code), worked out on first use.</summary>
    public static IReadOnlyList<Lsoa> LsoasOfPlace(string placeCode) =>
        PlaceLsoas.GetOrAdd(placeCode, code => new Lazy<Lsoa[]>(() =>
            Reference.Lsoas.Where(l => string.Equals(l.Lad.Code, code, StringComparison.OrdinalIgnoreCase)).ToArray())).Value;
}
