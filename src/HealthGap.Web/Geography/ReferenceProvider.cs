using HealthGap.Core.Reference;

namespace HealthGap.Web.Geography;

/// <summary>
/// The shipped reference data (IMD 2019, geography), loaded once per process on first use and
/// shared: it is immutable, and loading it takes about a second, so the host warms it after start.
/// </summary>
internal static class ReferenceProvider
{
    private static readonly Lazy<ReferenceData> Data = new(() => ReferenceData.Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ReferenceData Reference => Data.Value;

    /// <summary>The ICB with this ODS or GSS code, or null.</summary>
    public static CodedArea? FindIcb(string code) =>
        Reference.Icbs.FirstOrDefault(i => string.Equals(i.OdsCode, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
}
