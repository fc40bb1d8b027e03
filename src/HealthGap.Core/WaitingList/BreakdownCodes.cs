namespace HealthGap.Core.WaitingList;

/// <summary>Each pathway's group code in a breakdown, base or two-way intersection.</summary>
internal static class BreakdownCodes
{
    /// <summary>Codes for base breakdown <paramref name="index"/>.</summary>
    public static int[] Base(PathwaySet set, int index) => Array.ConvertAll(set.Groups[index], b => (int)b);

    /// <summary>Codes for the intersection of base breakdowns <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static int[] Intersection(PathwaySet set, int first, int second)
    {
        var a = set.Groups[first];
        var b = set.Groups[second];
        var width = WaitingListBreakdowns.Base[second].Levels.Count;
        var codes = new int[set.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (a[i] * width) + b[i];
        }

        return codes;
    }

    /// <summary>Every pathway in group 0, for the all-pathways totals.</summary>
    public static int[] All(PathwaySet set) => new int[set.Count];

    /// <summary>Group × treatment function: code × treatment-function count + treatment-function index.</summary>
    public static int[] WithinTreatmentFunction(PathwaySet set, int[] codes)
    {
        var t = set.TreatmentFunctions.Count;
        var result = new int[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            result[i] = (codes[i] * t) + set.TreatmentFunctionOf(set.Stratum[i]);
        }

        return result;
    }
}
