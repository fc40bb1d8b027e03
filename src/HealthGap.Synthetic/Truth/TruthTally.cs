namespace HealthGap.Synthetic.Truth;

/// <summary>
/// Expected numerators and observed denominators of each planted indicator, per breakdown group:
/// each person in a denominator adds 1 to it and their <i>probability</i> of being in the numerator
/// to the numerator. The ratio is the value an analysis of the extracts should see, given the people
/// actually generated. Shards keep their own tally; they are added up in shard order.
/// </summary>
internal sealed class TruthTally
{
    private readonly SortedDictionary<string, double[]> _cells = new(StringComparer.Ordinal);

    public IEnumerable<TruthCell> Cells =>
        _cells.Select(c =>
        {
            var parts = c.Key.Split('|');
            return new TruthCell(parts[0], parts[1], parts[2], c.Value[0], c.Value[1]);
        });

    public void Add(string indicator, string breakdown, string group, double numerator, double denominator)
    {
        var key = indicator + "|" + breakdown + "|" + group;
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new double[2];
            _cells[key] = cell;
        }

        cell[0] += numerator;
        cell[1] += denominator;
    }

    public void Merge(TruthTally other)
    {
        foreach (var (key, value) in other._cells)
        {
            var parts = key.Split('|');
            Add(parts[0], parts[1], parts[2], value[0], value[1]);
        }
    }
}

/// <summary>One group's expected numerator and denominator for one indicator and breakdown.</summary>
internal sealed record TruthCell(string Indicator, string Breakdown, string Group, double Numerator, double Denominator);
