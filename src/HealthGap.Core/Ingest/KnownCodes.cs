namespace HealthGap.Core.Ingest;

/// <summary>The LSOA codes of the reference data and the practices known to the batch or the store.</summary>
internal sealed class KnownCodes(IEnumerable<string> lsoas, IEnumerable<string> practices)
{
    private readonly HashSet<string> _lsoas = lsoas.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _practices = practices.ToHashSet(StringComparer.Ordinal);

    /// <summary>True for an English 2011 LSOA code.</summary>
    public bool IsLsoa(ReadOnlySpan<char> code) => _lsoas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>True for a known practice code.</summary>
    public bool IsPractice(ReadOnlySpan<char> code) => _practices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>Adds a practice read from <c>gp_practices.csv</c>.</summary>
    public void AddPractice(string code) => _practices.Add(code);
}
