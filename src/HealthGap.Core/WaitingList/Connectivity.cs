namespace HealthGap.Core.WaitingList;

/// <summary>
/// Which groups and strata are linked to the reference group through shared cells (a bipartite
/// graph of group — stratum edges where a cell has pathways). Only those can be compared within
/// stratum; anything else would make the fixed-effects regression singular.
/// </summary>
internal static class Connectivity
{
    public static (bool[] Groups, bool[] Strata) FromReference(CellStatistics cells, int referenceGroup)
    {
        var groups = new bool[cells.GroupCount];
        var strata = new bool[cells.StratumCount];
        var queue = new Queue<(bool IsGroup, int Index)>();
        groups[referenceGroup] = true;
        queue.Enqueue((true, referenceGroup));
        while (queue.Count > 0)
        {
            var (isGroup, index) = queue.Dequeue();
            var others = isGroup ? cells.StratumCount : cells.GroupCount;
            for (var other = 0; other < others; other++)
            {
                var cell = isGroup ? cells.Cell(index, other) : cells.Cell(other, index);
                var seen = isGroup ? strata : groups;
                if (cells.Count[cell] > 0 && !seen[other])
                {
                    seen[other] = true;
                    queue.Enqueue((!isGroup, other));
                }
            }
        }

        return (groups, strata);
    }
}
