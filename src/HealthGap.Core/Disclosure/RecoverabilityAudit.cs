namespace HealthGap.Core.Disclosure;

/// <summary>
/// Exact check of which hidden cells an attacker could work out from the published cells and the
/// margins: each margin is a linear equation over the hidden cells; a hidden cell is recoverable
/// exactly when its unit vector lies in the row space, i.e. after Gauss–Jordan elimination it is a
/// pivot whose row has no free variable.
/// </summary>
internal static class RecoverabilityAudit
{
    private const double Epsilon = 1e-9;

    /// <summary>Indices of hidden cells whose true value follows from the published ones.</summary>
    public static IReadOnlyList<int> DeterminedCells(bool[] hidden, IReadOnlyList<(int Total, int[] Parts)> margins)
    {
        var column = new Dictionary<int, int>();
        var rows = new List<double[]>();
        foreach (var (total, parts) in margins)
        {
            foreach (var member in parts.Append(total).Where(m => hidden[m]))
            {
                column.TryAdd(member, column.Count);
            }
        }

        foreach (var (total, parts) in margins)
        {
            if (!hidden[total] && !parts.Any(p => hidden[p]))
            {
                continue;
            }

            var row = new double[column.Count];
            foreach (var part in parts.Where(p => hidden[p]))
            {
                row[column[part]] += 1;
            }

            if (hidden[total])
            {
                row[column[total]] -= 1;
            }

            rows.Add(row);
        }

        var pivotRowOfColumn = Eliminate(rows, column.Count);
        var pivotColumns = pivotRowOfColumn.Keys.ToHashSet();
        var determined = new List<int>();
        foreach (var (cell, col) in column.OrderBy(kv => kv.Key))
        {
            if (pivotRowOfColumn.TryGetValue(col, out var r)
                && Enumerable.Range(0, column.Count).All(j => pivotColumns.Contains(j) || Math.Abs(rows[r][j]) < Epsilon))
            {
                determined.Add(cell);
            }
        }

        return determined;
    }

    // Reduced row echelon form in place; returns pivot column → row.
    private static Dictionary<int, int> Eliminate(List<double[]> rows, int columns)
    {
        var pivots = new Dictionary<int, int>();
        var nextRow = 0;
        for (var col = 0; col < columns && nextRow < rows.Count; col++)
        {
            var best = -1;
            for (var r = nextRow; r < rows.Count; r++)
            {
                if (Math.Abs(rows[r][col]) > Epsilon && (best < 0 || Math.Abs(rows[r][col]) > Math.Abs(rows[best][col])))
                {
                    best = r;
                }
            }

            if (best < 0)
            {
                continue;
            }

            (rows[nextRow], rows[best]) = (rows[best], rows[nextRow]);
            var pivotRow = rows[nextRow];
            var scale = pivotRow[col];
            for (var j = 0; j < columns; j++)
            {
                pivotRow[j] /= scale;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var factor = rows[r][col];
                if (r != nextRow && Math.Abs(factor) > Epsilon)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        rows[r][j] -= factor * pivotRow[j];
                    }
                }
            }

            pivots[col] = nextRow++;
        }

        return pivots;
    }
}
