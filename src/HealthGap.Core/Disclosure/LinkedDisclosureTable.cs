namespace HealthGap.Core.Disclosure;

/// <summary>
/// Cells published side by side across linked tables: every area of every level, every breakdown's
/// groups and (when periods are pooled) every period of one indicator. Each cell sits at one node of each
/// <see cref="SumDimension"/>; the dimensions say which nodes are sums of which, so the gate protects
/// the whole set as one (a practice's hidden count cannot be had as its PCN minus its neighbours).
/// </summary>
/// <param name="Name">What the table set is, for messages (no person data).</param>
/// <param name="Cells">The cells; ids unique.</param>
/// <param name="Coordinates">Per cell, its node in each dimension (same order as <paramref name="Dimensions"/>).</param>
/// <param name="Dimensions">The dimensions.</param>
/// <param name="Classes">Per dimension, each node's class (its area type; its breakdown). A combination of
/// classes with no cell at all is not published (practices by ethnic group): its missing cells are no
/// constraint. Where the combination is published, a missing cell is a known 0 a pattern cannot move.</param>
internal sealed record LinkedDisclosureTable(
    string Name, IReadOnlyList<DisclosureCell> Cells, IReadOnlyList<int[]> Coordinates, IReadOnlyList<SumDimension> Dimensions,
    IReadOnlyList<int[]> Classes)
{
    /// <summary>The combinations of node classes that have at least one cell.</summary>
    internal HashSet<long> PublishedClasses()
    {
        var published = new HashSet<long>();
        var classes = new int[Dimensions.Count];
        foreach (var at in Coordinates)
        {
            for (var d = 0; d < classes.Length; d++)
            {
                classes[d] = Classes[d][at[d]];
            }

            published.Add(Key(classes));
        }

        return published;
    }

    /// <summary>Whether the class combination of these nodes is published anywhere.</summary>
    internal bool IsPublished(HashSet<long> publishedClasses, int[] nodes)
    {
        var classes = new int[nodes.Length];
        for (var d = 0; d < nodes.Length; d++)
        {
            classes[d] = Classes[d][nodes[d]];
        }

        return publishedClasses.Contains(Key(classes));
    }

    /// <summary>The cell at each combination of nodes, for looking patterns up.</summary>
    internal Dictionary<long, int> Index()
    {
        if (Coordinates.Count != Cells.Count || Coordinates.Any(c => c.Length != Dimensions.Count))
        {
            throw new ArgumentException($"linked disclosure table '{Name}' needs one node per dimension for every cell.");
        }

        var index = new Dictionary<long, int>(Cells.Count);
        for (var i = 0; i < Cells.Count; i++)
        {
            if (!index.TryAdd(Key(Coordinates[i]), i))
            {
                throw new ArgumentException($"linked disclosure table '{Name}' has two cells at the same place ('{Cells[index[Key(Coordinates[i])]].Id}' and '{Cells[i].Id}').");
            }
        }

        return index;
    }

    /// <summary>One number for a combination of nodes (each dimension has under 2^20 nodes).</summary>
    internal static long Key(IReadOnlyList<int> nodes)
    {
        long key = 0;
        for (var d = 0; d < nodes.Count; d++)
        {
            key = (key << 20) | (uint)nodes[d];
        }

        return key;
    }
}
