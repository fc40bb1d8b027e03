using DuckDB.NET.Data;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Which published areas nest in which, from the store's reference geography: practice ⊂ PCN (the
/// practice register), and among place (local authority), sub-ICB and ICB whichever nests in the other
/// in the LSOA lookup (every LSOA of the one lies in the same area of the other). The report writes
/// the links among the areas it reports to areas.csv, for <c>healthgap disclosure audit</c>.
/// </summary>
/// <param name="Links">Child area → parent area, as (type, code) pairs.</param>
internal sealed record AreaHierarchy(IReadOnlyList<AreaLink> Links)
{
    /// <summary>Reads the links from a store's <c>ref_practice</c> and <c>ref_lsoa</c> (none when they are missing).</summary>
    public static AreaHierarchy Load(DuckDBConnection connection)
    {
        var links = new List<AreaLink>();
        if (StoreColumns.Exist(connection, "ref_practice", "practice_code", "pcn_code"))
        {
            Read(connection, "SELECT DISTINCT practice_code, pcn_code FROM ref_practice WHERE practice_code IS NOT NULL AND pcn_code IS NOT NULL ORDER BY 1", "practice", "pcn", links);
        }

        (string Type, string Column)[] residence = [("place", "lad22cd"), ("sub_icb", "sicbl22cdh"), ("icb", "icb22cdh")];
        foreach (var child in residence.Where(c => StoreColumns.Exist(connection, "ref_lsoa", c.Column)))
        {
            foreach (var parent in residence.Where(p => p != child && StoreColumns.Exist(connection, "ref_lsoa", p.Column)))
            {
                // A child nests when each of its codes meets exactly one parent code across its LSOAs.
                Read(
                    connection,
                    $"""
                    SELECT {child.Column}, any_value({parent.Column}) FROM ref_lsoa
                    WHERE {child.Column} IS NOT NULL AND {parent.Column} IS NOT NULL
                    GROUP BY 1 HAVING count(DISTINCT {parent.Column}) = 1
                    ORDER BY 1
                    """,
                    child.Type,
                    parent.Type,
                    links);
            }
        }

        return new AreaHierarchy(links);
    }

    // A store without the reference tables has no links (checked before reading); every area is still gated.
    private static void Read(DuckDBConnection connection, string sql, string childType, string parentType, List<AreaLink> links)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new AreaLink(childType, reader.GetString(0), parentType, reader.GetString(1)));
        }
    }
}
