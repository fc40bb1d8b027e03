using HealthGap.Core.Disclosure;
using MathNet.Numerics.LinearAlgebra;

namespace HealthGap.Core.Tests.Disclosure;

/// <summary>
/// Independent check (matrix rank, not the gate's own elimination) that no hidden cell can be worked
/// out from published cells and margins: cell i is recoverable iff adding e_i to the hidden-cell
/// equations does not raise their rank.
/// </summary>
internal static class RecoverabilityOracle
{
    public static int HiddenCount(PublishedTable table) => table.Cells.Count(c => c.Numerator is null);

    public static IReadOnlyList<string> RecoverableNumerators(PublishedTable published, DisclosureTable input)
    {
        var ids = input.Cells.Select(c => c.Id).ToList();
        var hidden = ids.Where(id => published[id].Numerator is null).ToList();
        if (hidden.Count == 0 || input.Margins.Count == 0)
        {
            return [];
        }

        var column = hidden.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var a = Matrix<double>.Build.Dense(input.Margins.Count, hidden.Count);
        for (var r = 0; r < input.Margins.Count; r++)
        {
            var margin = input.Margins[r];
            foreach (var part in margin.Parts.Where(column.ContainsKey))
            {
                a[r, column[part]] += 1;
            }

            if (column.TryGetValue(margin.Total, out var t))
            {
                a[r, t] -= 1;
            }
        }

        var rank = a.Rank();
        var recoverable = new List<string>();
        foreach (var id in hidden)
        {
            var extended = a.InsertRow(a.RowCount, Vector<double>.Build.Dense(hidden.Count, j => j == column[id] ? 1 : 0));
            if (extended.Rank() == rank)
            {
                recoverable.Add(id);
            }
        }

        return recoverable;
    }
}
