namespace HealthGap.Core.Disclosure;

/// <summary>
/// Which hidden cells follow exactly from the published ones when many tables are linked (thousands of
/// hidden cells, where <see cref="RecoverabilityAudit"/>'s dense elimination would take too long).
/// Each margin is an equation over the hidden cells; a hidden cell is determined exactly when every
/// solution of the equations with the published cells held fixed gives it the same value, i.e. when it
/// is 0 in every vector of the equations' null space. The equations are brought to sparse echelon form
/// over the integers modulo the prime 2^61 − 1 (exact arithmetic, no rounding), and two null-space
/// vectors drawn with a fixed seed are tested: a determined cell is 0 in both, always; an undetermined
/// one is 0 in both with probability about 2^-122, and then it is only hidden more than needed.
/// </summary>
internal static class LinkedDetermination
{
    private const ulong Prime = (1UL << 61) - 1;

    /// <summary>Indices of hidden cells whose value follows from the published cells, in index order.</summary>
    public static IReadOnlyList<int> DeterminedCells(bool[] hidden, IReadOnlyList<(int Total, int[] Parts)> margins)
    {
        var column = new int[hidden.Length];
        var cellOf = new List<int>();
        for (var i = 0; i < hidden.Length; i++)
        {
            column[i] = hidden[i] ? cellOf.Count : -1;
            if (hidden[i])
            {
                cellOf.Add(i);
            }
        }

        var pivots = new Dictionary<int, SparseRow>();
        foreach (var (total, parts) in margins)
        {
            var terms = new SortedDictionary<int, ulong>();
            foreach (var part in parts.Where(p => hidden[p]))
            {
                terms[column[part]] = Add(terms.GetValueOrDefault(column[part]), 1);
            }

            if (hidden[total])
            {
                terms[column[total]] = Add(terms.GetValueOrDefault(column[total]), Prime - 1);
            }

            if (Reduce(new SparseRow([.. terms.Where(t => t.Value != 0).Select(t => t.Key)], [.. terms.Where(t => t.Value != 0).Select(t => t.Value)]), pivots) is { } row)
            {
                pivots[row.Columns[0]] = row;
            }
        }

        var random = new Random(20261207);
        var first = NullSpaceVector(cellOf.Count, pivots, random);
        var second = NullSpaceVector(cellOf.Count, pivots, random);
        return [.. Enumerable.Range(0, cellOf.Count).Where(c => first[c] == 0 && second[c] == 0).Select(c => cellOf[c])];
    }

    // Eliminates the row's leading column with the pivot row that owns it until it leads with a free column;
    // returns it scaled to a leading 1, or null when it became 0 (it added nothing).
    private static SparseRow? Reduce(SparseRow row, Dictionary<int, SparseRow> pivots)
    {
        while (row.Columns.Length > 0 && pivots.TryGetValue(row.Columns[0], out var pivot))
        {
            row = row.Minus(row.Values[0], pivot);
        }

        return row.Columns.Length == 0 ? null : row.Scaled(Inverse(row.Values[0]));
    }

    // Random values for the free columns, then each pivot column from its row, highest pivot first.
    private static ulong[] NullSpaceVector(int columns, Dictionary<int, SparseRow> pivots, Random random)
    {
        var x = new ulong[columns];
        for (var c = 0; c < columns; c++)
        {
            if (!pivots.ContainsKey(c))
            {
                x[c] = 1 + ((ulong)random.NextInt64() % (Prime - 1));
            }
        }

        foreach (var (pivotColumn, row) in pivots.OrderByDescending(p => p.Key))
        {
            ulong sum = 0;
            for (var k = 1; k < row.Columns.Length; k++)
            {
                sum = Add(sum, Multiply(row.Values[k], x[row.Columns[k]]));
            }

            x[pivotColumn] = sum == 0 ? 0 : Prime - sum;
        }

        return x;
    }

    private static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= Prime ? s - Prime : s;
    }

    private static ulong Multiply(ulong a, ulong b)
    {
        var product = (UInt128)a * b;
        var folded = (ulong)(product & Prime) + (ulong)(product >> 61);
        return folded >= Prime ? folded - Prime : folded;
    }

    private static ulong Inverse(ulong a)
    {
        // Fermat: a^(p-2) mod p.
        ulong result = 1, power = a;
        for (var e = Prime - 2; e > 0; e >>= 1)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
        }

        return result;
    }

    /// <summary>A row of the echelon form: columns ascending, non-zero values modulo the prime.</summary>
    private sealed record SparseRow(int[] Columns, ulong[] Values)
    {
        public SparseRow Scaled(ulong factor) => new(Columns, [.. Values.Select(v => Multiply(v, factor))]);

        // this − factor × other, merging the two sorted column lists.
        public SparseRow Minus(ulong factor, SparseRow other)
        {
            var columns = new List<int>(Columns.Length + other.Columns.Length);
            var values = new List<ulong>(columns.Capacity);
            int i = 0, j = 0;
            while (i < Columns.Length || j < other.Columns.Length)
            {
                var takeMine = j >= other.Columns.Length || (i < Columns.Length && Columns[i] < other.Columns[j]);
                var takeTheirs = i >= Columns.Length || (j < other.Columns.Length && other.Columns[j] < Columns[i]);
                int column;
                ulong value;
                if (takeMine)
                {
                    (column, value) = (Columns[i], Values[i++]);
                }
                else if (takeTheirs)
                {
                    (column, value) = (other.Columns[j], Prime - Multiply(factor, other.Values[j++]));
                }
                else
                {
                    (column, value) = (Columns[i], Add(Values[i++], Prime - Multiply(factor, other.Values[j++])));
                }

                if (value != 0 && value != Prime)
                {
                    columns.Add(column);
                    values.Add(value);
                }
            }

            return new SparseRow([.. columns], [.. values]);
        }
    }
}
