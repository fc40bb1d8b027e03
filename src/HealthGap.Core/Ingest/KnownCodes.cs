namespace HealthGap.Core.Ingest;

/// <summary>
/// The LSOA codes of the reference data, the practices known to the batch or the store, and the ten-digit
/// codes of the shipped codelists (SNOMED CT codes that would otherwise pass for NHS numbers).
/// </summary>
internal sealed class KnownCodes(IEnumerable<string> lsoas, IEnumerable<string> practices, IEnumerable<string>? listedTenDigitCodes = null)
{
    private readonly HashSet<string> _listed = (listedTenDigitCodes ?? []).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _lsoas = lsoas.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _practices = practices.ToHashSet(StringComparer.Ordinal);

    /// <summary>True for an English 2011 LSOA code.</summary>
    public bool IsLsoa(ReadOnlySpan<char> code) => _lsoas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>True for a known practice code.</summary>
    public bool IsPractice(ReadOnlySpan<char> code) => _practices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>Adds a practice read from <c>gp_practices.csv</c>.</summary>
    public void AddPractice(string code) => _practices.Add(code);

    /// <summary>True for a ten-digit code of a shipped codelist (<c>1172629005</c>, learning disability).</summary>
    public bool IsListedCode(ReadOnlySpan<char> code) => _listed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);
}
