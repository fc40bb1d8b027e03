using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The area dimension of an indicator's linked tables (<see cref="SumDimension"/>), from the store's
/// reference geography. Registered populations are made of practices (a PCN is its practices); resident
/// populations are made of the pieces the LSOA lookup cuts an ICB into (the part of a place in one
/// sub-ICB). Both add up to the same whole. An area type the lookup does not know is a universe of its own,
/// each area one atom, still adding up to the whole.
/// </summary>
internal sealed class AreaAtoms
{
    private static readonly string[] Registration = [AreaTypes.Practice, AreaTypes.Pcn];
    private static readonly string[] Residence = [AreaTypes.Place, AreaTypes.SubIcb, AreaTypes.Icb];

    private readonly IReadOnlyList<(bool Registered, string?[] AreaOf)> _atoms;

    private AreaAtoms(IReadOnlyList<(bool Registered, string?[] AreaOf)> atoms) => _atoms = atoms;

    /// <summary>No reference geography: every area is its own atom, its level adding up to the whole.</summary>
    public static AreaAtoms None { get; } = new([]);

    /// <summary>Reads practices (<c>ref_practice</c>) and the distinct place / sub-ICB / ICB triples of <c>ref_lsoa</c>.</summary>
    public static AreaAtoms Load(DuckDBConnection connection)
    {
        var atoms = new List<(bool, string?[])>();
        if (StoreColumns.Exist(connection, "ref_practice", "practice_code", "pcn_code"))
        {
            Read(connection, "SELECT DISTINCT practice_code, pcn_code FROM ref_practice WHERE practice_code IS NOT NULL ORDER BY 1, 2", 2, true, atoms);
        }

        if (StoreColumns.Exist(connection, "ref_lsoa", "lad22cd", "sicbl22cdh", "icb22cdh"))
        {
            Read(connection, "SELECT DISTINCT lad22cd, sicbl22cdh, icb22cdh FROM ref_lsoa ORDER BY 1, 2, 3", 3, false, atoms);
        }

        return new AreaAtoms(atoms);
    }

    /// <summary>The dimension whose node i is <paramref name="areas"/>[i].</summary>
    public SumDimension Dimension(IReadOnlyList<(string AreaType, string AreaCode)> areas)
    {
        var present = areas.ToHashSet();
        var types = areas.Select(a => a.AreaType).ToHashSet(StringComparer.Ordinal);
        var atomUniverse = new List<int>();
        var universes = new Dictionary<string, int>(StringComparer.Ordinal);
        var atomsOf = new Dictionary<(string, string), List<int>>();
        foreach (var (registered, areaOf) in _atoms)
        {
            var kinds = registered ? Registration : Residence;
            var containing = kinds.Select((type, k) => (Type: type, Code: areaOf[k])).Where(a => types.Contains(a.Type)).ToList();
            // Usable only when every published area holding it is present: an absent one is a known 0.
            if (containing.Count == 0 || containing.Any(a => a.Code is null || !present.Contains((a.Type, a.Code))))
            {
                continue;
            }

            var atom = NewAtom(atomUniverse, universes, registered ? "registration" : "residence");
            foreach (var area in containing)
            {
                (atomsOf.TryGetValue((area.Type, area.Code!), out var list) ? list : atomsOf[(area.Type, area.Code!)] = []).Add(atom);
            }
        }

        var nodes = new (int Universe, int[] Atoms)[areas.Count];
        for (var i = 0; i < areas.Count; i++)
        {
            if (atomsOf.TryGetValue(areas[i], out var atoms))
            {
                nodes[i] = (atomUniverse[atoms[0]], [.. atoms]);
                continue;
            }

            // Not in the lookup: an atom of its own, in its kind's universe (or its type's).
            var kind = Registration.Contains(areas[i].AreaType) ? "registration" : Residence.Contains(areas[i].AreaType) ? "residence" : "type " + areas[i].AreaType;
            var fresh = NewAtom(atomUniverse, universes, kind);
            nodes[i] = (atomUniverse[fresh], [fresh]);
        }

        return new SumDimension(nodes, [.. atomUniverse], sharedTotal: true);
    }

    private static int NewAtom(List<int> atomUniverse, Dictionary<string, int> universes, string universe)
    {
        if (!universes.TryGetValue(universe, out var id))
        {
            id = universes[universe] = universes.Count;
        }

        atomUniverse.Add(id);
        return atomUniverse.Count - 1;
    }

    private static void Read(DuckDBConnection connection, string sql, int columns, bool registered, List<(bool, string?[])> atoms)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            atoms.Add((registered, [.. Enumerable.Range(0, columns).Select(c => reader.IsDBNull(c) ? null : reader.GetString(c))]));
        }
    }
}
