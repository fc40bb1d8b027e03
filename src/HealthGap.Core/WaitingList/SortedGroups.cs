namespace HealthGap.Core.WaitingList;

/// <summary>
/// Waits split by group with each group's waits already in ascending order. Built from one global
/// sort of the pathways by wait (a counting sort: waits are whole days), so splitting by another
/// breakdown costs one linear pass instead of another sort.
/// </summary>
internal sealed class SortedGroups
{
    private readonly int[] _days;
    private readonly int[] _offsets;

    private SortedGroups(int[] days, int[] offsets)
    {
        _days = days;
        _offsets = offsets;
    }

    /// <summary>Number of groups.</summary>
    public int GroupCount => _offsets.Length - 1;

    /// <summary>Pathway indexes in ascending order of wait (stable), for <see cref="Split"/>.</summary>
    public static int[] OrderByWait(int[] waitDays)
    {
        var max = waitDays.Length == 0 ? 0 : waitDays.Max();
        var min = waitDays.Length == 0 ? 0 : waitDays.Min();
        var counts = new int[max - min + 2];
        foreach (var d in waitDays)
        {
            counts[d - min + 1]++;
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        var order = new int[waitDays.Length];
        for (var i = 0; i < waitDays.Length; i++)
        {
            order[counts[waitDays[i] - min]++] = i;
        }

        return order;
    }

    /// <summary>Splits the waits into <paramref name="groupCount"/> groups by <paramref name="codes"/>.</summary>
    public static SortedGroups Split(int[] waitDays, int[] order, int[] codes, int groupCount)
    {
        var offsets = new int[groupCount + 1];
        foreach (var c in codes)
        {
            offsets[c + 1]++;
        }

        for (var g = 1; g <= groupCount; g++)
        {
            offsets[g] += offsets[g - 1];
        }

        var next = offsets[..^1];
        var days = new int[waitDays.Length];
        foreach (var i in order)
        {
            days[next[codes[i]]++] = waitDays[i];
        }

        return new SortedGroups(days, offsets);
    }

    /// <summary>The waits of group <paramref name="group"/>, ascending.</summary>
    public ReadOnlySpan<int> Days(int group) => _days.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);
}
