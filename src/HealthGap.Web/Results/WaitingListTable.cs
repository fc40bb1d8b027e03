using System.Globalization;
using HealthGap.Core.Disclosure;

namespace HealthGap.Web.Results;

/// <summary>
/// One CSV table the waiting-list report wrote, read by column name. Cells stay text: a hidden
/// figure is the gate's marker (<c>[c]</c>) and a limit that does not exist is empty, and the page
/// must tell those apart from a number, never turn either into 0.
/// </summary>
/// <param name="Name">File name, e.g. <c>open_waits.csv</c>.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells, one list per row.</param>
internal sealed record WaitingListTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The cell of <paramref name="row"/> in <paramref name="column"/> ("" when the column is missing).</summary>
    public string Cell(IReadOnlyList<string> row, string column)
    {
        var index = IndexOf(column);
        return index >= 0 && index < row.Count ? row[index] : "";
    }

    /// <summary>The rows of one breakdown, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RowsOf(string breakdown) =>
        Rows.Where(r => Cell(r, "breakdown") == breakdown).ToArray();

    /// <summary>True when the cell is the disclosure gate's marker for a hidden figure.</summary>
    public static bool IsHidden(string cell) => cell.Trim() == DisclosureGate.Marker;

    /// <summary>The cell as a number, or null when hidden, empty or not a number.</summary>
    public static double? Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
