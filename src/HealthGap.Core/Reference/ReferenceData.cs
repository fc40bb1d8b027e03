using HealthGap.Core.Configuration;

namespace HealthGap.Core.Reference;

/// <summary>
/// The real published reference data every HealthGap figure stands on: IMD 2019 for every English
/// LSOA, the LSOA → sub-ICB → ICB → region and LAD lookup, ESP2013 and Census 2011 ethnicity.
/// Loaded once and validated on load (<see cref="ReferenceDataLoader"/>); immutable afterwards.
/// It owns geography and deprivation look-ups; it does not know about people or events.
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Lsoa> _lsoasByCode;
    private readonly Lazy<IReadOnlyDictionary<string, LsoaEthnicity>> _ethnicity;

    internal ReferenceData(
        string directory,
        IReadOnlyList<Lsoa> lsoas,
        StandardPopulation esp2013,
        Func<IReadOnlyDictionary<string, LsoaEthnicity>> loadEthnicity)
    {
        Directory = directory;
        Lsoas = lsoas;
        Esp2013 = esp2013;
        _lsoasByCode = lsoas.ToDictionary(l => l.Code, StringComparer.Ordinal);
        Icbs = lsoas.Select(l => l.Icb).Distinct().OrderBy(i => i.Name, StringComparer.Ordinal).ToArray();
        _ethnicity = new Lazy<IReadOnlyDictionary<string, LsoaEthnicity>>(loadEthnicity);
    }

    /// <summary>The folder the data was read from.</summary>
    public string Directory { get; }

    /// <summary>Every English LSOA (2011), in code order.</summary>
    public IReadOnlyList<Lsoa> Lsoas { get; }

    /// <summary>The 42 ICBs (July 2022), by name.</summary>
    public IReadOnlyList<CodedArea> Icbs { get; }

    /// <summary>The 2013 European Standard Population.</summary>
    public StandardPopulation Esp2013 { get; }

    /// <summary>Census 2011 ethnic group counts by LSOA code (read on first use).</summary>
    public IReadOnlyDictionary<string, LsoaEthnicity> Ethnicity => _ethnicity.Value;

    /// <summary>Loads and validates the reference data from <paramref name="directory"/>, or from the shipped copy (<see cref="HealthGapPaths.Shipped"/>).</summary>
    public static ReferenceData Load(string? directory = null) =>
        ReferenceDataLoader.Load(directory ?? HealthGapPaths.Shipped.ReferenceDataDir);

    /// <summary>
    /// Only the European Standard Population 2013 (validated as in <see cref="Load"/>), for callers that
    /// need the weights but not the 32,844 LSOAs.
    /// </summary>
    public static StandardPopulation LoadEsp2013(string? directory = null) =>
        ReferenceDataLoader.ReadEsp(directory ?? HealthGapPaths.Shipped.ReferenceDataDir);

    /// <summary>The LSOA with this GSS code (case-insensitive), or null.</summary>
    public Lsoa? FindLsoa(string code) =>
        _lsoasByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>LSOA codes closest in spelling to <paramref name="code"/>, for "did you mean" messages.</summary>
    public IReadOnlyList<Lsoa> ClosestLsoas(string code, int count = 5) =>
        ClosestMatch.Rank(code.Trim().ToUpperInvariant(), Lsoas, l => [l.Code], count);

    /// <summary>
    /// Finds ICBs by ODS code (<c>QE1</c>), GSS code (<c>E54000048</c>) or a fragment of the name.
    /// An exact code match wins; otherwise every ICB whose name holds the fragment is returned.
    /// </summary>
    public IReadOnlyList<CodedArea> FindIcbs(string query)
    {
        var q = query.Trim();
        if (q.Length == 0)
        {
            return [];
        }

        var exact = Icbs.Where(i =>
            string.Equals(i.OdsCode, q, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(i.Code, q, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (exact.Length > 0)
        {
            return exact;
        }

        return Icbs.Where(i => i.Name.Contains(q, StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>ICBs closest in spelling to <paramref name="query"/> by code or name.</summary>
    public IReadOnlyList<CodedArea> ClosestIcbs(string query, int count = 5) =>
        ClosestMatch.Rank(query.Trim(), Icbs, i => [i.OdsCode, i.Code, i.Name, .. i.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)], count);

    /// <summary>The geography and national-deprivation profile of one ICB.</summary>
    public IcbProfile Profile(CodedArea icb)
    {
        var lsoas = Lsoas.Where(l => l.Icb == icb).ToArray();
        if (lsoas.Length == 0)
        {
            throw new ArgumentException($"ICB {icb.OdsCode} has no LSOAs in the reference data.", nameof(icb));
        }

        var byDecile = new long[10];
        var lsoasByDecile = new int[10];
        foreach (var l in lsoas)
        {
            byDecile[l.ImdDecile - 1] += l.Population.Total;
            lsoasByDecile[l.ImdDecile - 1]++;
        }

        return new IcbProfile
        {
            Icb = icb,
            Region = lsoas[0].Region,
            Lsoas = lsoas,
            Places = Summarise(lsoas, l => (l.Lad.Code, (string?)null, l.Lad.Name)),
            SubIcbs = Summarise(lsoas, l => (l.SubIcb.Code, (string?)l.SubIcb.OdsCode, l.SubIcb.Name)),
            PopulationByDecile = byDecile,
            LsoasByDecile = lsoasByDecile,
        };
    }

    private static AreaProfile[] Summarise(IEnumerable<Lsoa> lsoas, Func<Lsoa, (string Code, string? Ods, string Name)> key) =>
        lsoas.GroupBy(key)
            .Select(g => new AreaProfile(
                g.Key.Code, g.Key.Ods, g.Key.Name, g.Count(),
                g.Sum(l => (long)l.Population.Total),
                g.Where(l => l.Core20).Sum(l => (long)l.Population.Total)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
}
