namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Turns profiles (areas × breakdown groups × age band × sex, with a numerator and denominator per
/// indicator) into strata. Profiles are first summed per combination of areas and breakdown group
/// (one cell per breakdown), then each of those cells is added to its area of every area type. Sums
/// are exact integer additions, so the result does not depend on the order profiles arrive in.
/// </summary>
/// <param name="areaTypes">Area types, in the order of the profile's area values.</param>
/// <param name="breakdowns">Breakdowns, in the order of the profile's group values.</param>
/// <param name="width">Counts per profile (2 × indicators).</param>
internal sealed class StrataRollup(IReadOnlyList<string> areaTypes, IReadOnlyList<string> breakdowns, int width)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _combinations = new(StringComparer.Ordinal);
    private readonly List<int[]> _combinationAreas = [];
    private readonly CellSums _byCombination = new(width);
    private CellSums? _byArea;

    /// <summary>Adds one profile.</summary>
    /// <param name="areas">Area code per area type.</param>
    /// <param name="groups">Group per breakdown.</param>
    /// <param name="ageBand">Age band index.</param>
    /// <param name="sex">Sex.</param>
    /// <param name="counts">Numerator and denominator per indicator.</param>
    public void Add(string[] areas, string[] groups, int ageBand, string sex, long[] counts)
    {
        var combination = Combination(areas);
        var sexId = Id(sex);
        for (var b = 0; b < groups.Length; b++)
        {
            _byCombination.Add(new Cell(combination, b, Id(groups[b]), ageBand, sexId), counts);
        }

        _byArea = null;
    }

    /// <summary>The strata of indicator <paramref name="member"/> for its breakdowns, leaving out cells where both counts are 0.</summary>
    public List<StratumCount> Strata(int member, IReadOnlySet<string> wanted)
    {
        var byArea = _byArea ??= RollUp();
        var strata = new List<StratumCount>();
        foreach (var (cell, slot) in byArea.Cells)
        {
            var (numerator, denominator) = (byArea.Sum(slot, 2 * member), byArea.Sum(slot, (2 * member) + 1));
            if ((numerator > 0 || denominator > 0) && wanted.Contains(breakdowns[cell.Breakdown]))
            {
                var areaType = cell.Area % areaTypes.Count;
                strata.Add(new StratumCount(
                    areaTypes[areaType], _names[cell.Area / areaTypes.Count], breakdowns[cell.Breakdown], _names[cell.Group], cell.AgeBand, _names[cell.Sex], numerator, denominator));
            }
        }

        return strata;
    }

    // Area of a rolled-up cell = area id × area types + area type, so one int keys both.
    private CellSums RollUp()
    {
        var byArea = new CellSums(width);
        foreach (var (cell, slot) in _byCombination.Cells)
        {
            var areas = _combinationAreas[cell.Area];
            for (var a = 0; a < areas.Length; a++)
            {
                byArea.Add(cell with { Area = (areas[a] * areaTypes.Count) + a }, _byCombination.Slice(slot));
            }
        }

        return byArea;
    }

    private int Combination(string[] areas)
    {
        var key = string.Join('\u001f', areas);
        if (!_combinations.TryGetValue(key, out var id))
        {
            id = _combinationAreas.Count;
            _combinations[key] = id;
            _combinationAreas.Add([.. areas.Select(Id)]);
        }

        return id;
    }

    private int Id(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _names.Count;
            _ids[value] = id;
            _names.Add(value);
        }

        return id;
    }

    private readonly record struct Cell(int Area, int Breakdown, int Group, int AgeBand, int Sex);

    /// <summary>A row of <c>width</c> sums per cell, in one growing array.</summary>
    private sealed class CellSums(int width)
    {
        private long[] _sums = new long[1024 * width];

        public Dictionary<Cell, int> Cells { get; } = [];

        public long Sum(int slot, int index) => _sums[(slot * width) + index];

        public ReadOnlySpan<long> Slice(int slot) => _sums.AsSpan(slot * width, width);

        public void Add(Cell cell, ReadOnlySpan<long> counts)
        {
            if (!Cells.TryGetValue(cell, out var slot))
            {
                slot = Cells.Count;
                Cells[cell] = slot;
                if ((slot + 1) * width > _sums.Length)
                {
                    Array.Resize(ref _sums, _sums.Length * 2);
                }
            }

            var target = _sums.AsSpan(slot * width, width);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] += counts[i];
            }
        }
    }
}
