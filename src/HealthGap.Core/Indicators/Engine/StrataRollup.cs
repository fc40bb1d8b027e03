namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Turns profiles (areas × breakdown groups × age band × sex, with a numerator and denominator per
/// indicator) into strata. Profiles are first summed per combination of areas and breakdown group
/// (one cell per breakdown), then each of those cells is added to its area of every area type. Sums
/// are exact integer additions, so the result does not depend on the order profiles arrive in.
/// </summary>
/// <remarks>
/// A cell is (row, sub-stratum): the row is an area combination (or, after the roll-up, one area of
/// one type) and the sub-stratum is (breakdown, group, age band, sex). Both are numbered densely as
/// they are first seen, so adding a profile indexes arrays instead of hashing cells: this loop runs
/// for every profile × breakdown and dominated the report's time when it used a dictionary.
/// </remarks>
/// <param name="areaTypes">Area types, in the order of the profile's area values.</param>
/// <param name="breakdowns">Breakdowns, in the order of the profile's group values.</param>
/// <param name="width">Counts per profile (2 × indicators).</param>
internal sealed class StrataRollup(IReadOnlyList<string> areaTypes, IReadOnlyList<string> breakdowns, int width)
{
    // Age band indexes and sexes a sub-stratum key has room for (schemes have at most 20 bands; sex is M/F/U).
    private const int AgeBands = 32;
    private const int Sexes = 4;

    private readonly Interner _values = new();
    private readonly Interner _sexes = new();
    private readonly Interner[] _groups = [.. breakdowns.Select(_ => new Interner())];
    private readonly Dictionary<string, int> _combinations = new(StringComparer.Ordinal);
    private readonly List<int[]> _combinationAreas = [];
    private readonly int[][] _groupKeys = [.. breakdowns.Select(_ => Array.Empty<int>())];
    private int _groupKeyCount;
    private readonly List<(int Breakdown, int Group, int AgeBand, int Sex)> _subs = [];
    private int[] _subOfKey = [];
    private readonly CellTable _byCombination = new(width);
    private CellTable? _byArea;
    private List<(int AreaType, int Area)>? _areaRows;
    private int[]? _order;
    private (int Sub, int Slot)[][]? _cells;

    // Adjustment strata (group × IMD quintile) are rolled up only to the area types that publish adjusted comparisons.
    private readonly bool[] _adjustment = [.. breakdowns.Select(b => AdjustmentStrata.Adjusted(b) is not null)];
    private readonly bool[] _adjustedAt = [.. areaTypes.Select(AdjustmentStrata.AreaTypes.Contains)];

    /// <summary>Adds one profile.</summary>
    /// <param name="areas">Area code per area type.</param>
    /// <param name="groups">Group per breakdown.</param>
    /// <param name="ageBand">Age band index.</param>
    /// <param name="sex">Sex.</param>
    /// <param name="counts">Numerator and denominator per indicator.</param>
    public void Add(string[] areas, string[] groups, int ageBand, string sex, long[] counts)
    {
        if ((uint)ageBand >= AgeBands)
        {
            throw new InvalidOperationException($"age band index {ageBand} is outside 0–{AgeBands - 1}.");
        }

        var combination = Combination(areas);
        var sexId = _sexes.Id(sex);
        if (sexId >= Sexes)
        {
            throw new InvalidOperationException($"more than {Sexes} sex values in one query ('{sex}').");
        }

        for (var b = 0; b < groups.Length; b++)
        {
            var group = _groups[b].Id(groups[b]);
            var key = (((GroupKey(b, group) * AgeBands) + ageBand) * Sexes) + sexId;
            _byCombination.Add(combination, Sub(key, b, group, ageBand, sexId), counts);
        }

        _byArea = null;
    }

    /// <summary>Rolls the profiles added so far up to every area type now rather than at the first <see cref="Strata"/>.</summary>
    public void RollUpNow() => _byArea ??= RollUp();

    /// <summary>
    /// The strata of indicator <paramref name="member"/> for its breakdowns, leaving out cells where both
    /// counts are 0: area by area, and within an area by breakdown, group, age band and sex.
    /// </summary>
    public StratumCount[] Strata(int member, IReadOnlySet<string> wanted)
    {
        var byArea = _byArea ??= RollUp();
        var wantedBreakdown = breakdowns.Select(wanted.Contains).ToArray();
        var split = areaTypes.Select(Vocabulary.AreaTypes.PublishesBreakdowns).ToArray();
        bool Published(int row, int breakdown) => split[_areaRows![row].AreaType] || breakdowns[breakdown] == Vocabulary.BreakdownNames.All;
        var count = 0;
        for (var row = 0; row < _cells!.Length; row++)
        {
            foreach (var (sub, slot) in _cells[row])
            {
                if (wantedBreakdown[_subs[sub].Breakdown] && Published(row, _subs[sub].Breakdown) && byArea.AnyOf(slot, member))
                {
                    count++;
                }
            }
        }

        var strata = new StratumCount[count];
        var next = 0;
        for (var row = 0; row < _cells!.Length; row++)
        {
            var (areaType, area) = _areaRows![row];
            var (typeName, areaName) = (areaTypes[areaType], _values.Name(area));
            foreach (var (sub, slot) in _cells[row])
            {
                var (breakdown, group, ageBand, sex) = _subs[sub];
                if (wantedBreakdown[breakdown] && Published(row, breakdown) && byArea.AnyOf(slot, member))
                {
                    strata[next++] = new StratumCount(
                        typeName, areaName, breakdowns[breakdown], _groups[breakdown].Name(group), ageBand, _sexes.Name(sex),
                        byArea.Sum(slot, 2 * member), byArea.Sum(slot, (2 * member) + 1));
                }
            }
        }

        return strata;
    }

    // Each area row's non-empty cells (sub-stratum, slot) in _order: found once per roll-up, not once per member,
    // as most sub-strata are empty in most areas (a practice has few of the ethnic categories × age bands × sexes).
    private (int Sub, int Slot)[][] KeptCells(CellTable byArea)
    {
        var cells = new (int Sub, int Slot)[_areaRows!.Count][];
        var kept = new List<(int Sub, int Slot)>();
        for (var row = 0; row < cells.Length; row++)
        {
            kept.Clear();
            var slots = byArea.Slots(row);
            foreach (var sub in _order!)
            {
                if (sub < slots.Length && slots[sub] > 0)
                {
                    kept.Add((sub, slots[sub] - 1));
                }
            }

            cells[row] = [.. kept];
        }

        return cells;
    }

    // Rows of the rolled-up table are (area type, area); each combination adds into one row per area type.
    private CellTable RollUp()
    {
        _order = [.. Enumerable.Range(0, _subs.Count).OrderBy(s => _subs[s].Breakdown).ThenBy(s => _groups[_subs[s].Breakdown].Name(_subs[s].Group), StringComparer.Ordinal)
            .ThenBy(s => _subs[s].AgeBand).ThenBy(s => _sexes.Name(_subs[s].Sex), StringComparer.Ordinal)];
        var byArea = new CellTable(width);
        _areaRows = [];
        var rowOf = new Dictionary<(int, int), int>();
        for (var combination = 0; combination < _combinationAreas.Count; combination++)
        {
            var areas = _combinationAreas[combination];
            var targets = new int[areas.Length];
            for (var a = 0; a < areas.Length; a++)
            {
                if (!rowOf.TryGetValue((a, areas[a]), out targets[a]))
                {
                    targets[a] = rowOf[(a, areas[a])] = _areaRows.Count;
                    _areaRows.Add((a, areas[a]));
                }
            }

            var slots = _byCombination.Slots(combination);
            for (var sub = 0; sub < slots.Length; sub++)
            {
                if (slots[sub] > 0)
                {
                    var counts = _byCombination.Slice(slots[sub] - 1);
                    var limited = _adjustment[_subs[sub].Breakdown];
                    for (var a = 0; a < targets.Length; a++)
                    {
                        if (!limited || _adjustedAt[a])
                        {
                            byArea.Add(targets[a], sub, counts);
                        }
                    }
                }
            }
        }

        _cells = KeptCells(byArea);
        return byArea;
    }

    private int Combination(string[] areas)
    {
        var key = string.Join('\u001f', areas);
        if (!_combinations.TryGetValue(key, out var id))
        {
            id = _combinationAreas.Count;
            _combinations[key] = id;
            _combinationAreas.Add([.. areas.Select(_values.Id)]);
        }

        return id;
    }

    // (breakdown, group) → a dense number, so a sub-stratum's key stays small.
    private int GroupKey(int breakdown, int group)
    {
        var keys = _groupKeys[breakdown];
        if (group >= keys.Length)
        {
            Array.Resize(ref keys, Math.Max(group + 1, keys.Length * 2));
            _groupKeys[breakdown] = keys;
        }

        if (keys[group] == 0)
        {
            keys[group] = ++_groupKeyCount;
        }

        return keys[group] - 1;
    }

    private int Sub(int key, int breakdown, int group, int ageBand, int sex)
    {
        if (key >= _subOfKey.Length)
        {
            Array.Resize(ref _subOfKey, Math.Max(key + 1, _subOfKey.Length * 2));
        }

        if (_subOfKey[key] == 0)
        {
            _subs.Add((breakdown, group, ageBand, sex));
            _subOfKey[key] = _subs.Count;
        }

        return _subOfKey[key] - 1;
    }

    /// <summary>Strings numbered densely in first-seen order.</summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public int Id(string value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _names.Count;
                _ids[value] = id;
                _names.Add(value);
            }

            return id;
        }

        public string Name(int id) => _names[id];
    }

    /// <summary>
    /// Per row, a slot (1-based; 0 = empty) for each sub-stratum, and a row of <c>width</c> sums per
    /// slot, in fixed-size blocks so growing never copies what is already summed.
    /// </summary>
    private sealed class CellTable(int width)
    {
        private const int BlockShift = 12;
        private const int BlockMask = (1 << BlockShift) - 1;
        private readonly List<int[]> _slots = [];
        private readonly List<long[]> _blocks = [];
        private int _used;

        public int[] Slots(int row) => row < _slots.Count ? _slots[row] : [];

        public bool AnyOf(int slot, int member) => Sum(slot, 2 * member) > 0 || Sum(slot, (2 * member) + 1) > 0;

        public long Sum(int slot, int index) => _blocks[slot >> BlockShift][((slot & BlockMask) * width) + index];

        public ReadOnlySpan<long> Slice(int slot) => _blocks[slot >> BlockShift].AsSpan((slot & BlockMask) * width, width);

        public void Add(int row, int sub, ReadOnlySpan<long> counts)
        {
            while (_slots.Count <= row)
            {
                _slots.Add([]);
            }

            var slots = _slots[row];
            if (sub >= slots.Length)
            {
                Array.Resize(ref slots, Math.Max(sub + 1, Math.Max(16, slots.Length * 2)));
                _slots[row] = slots;
            }

            if (slots[sub] == 0)
            {
                if ((_used >> BlockShift) == _blocks.Count)
                {
                    _blocks.Add(new long[(1 << BlockShift) * width]);
                }

                slots[sub] = ++_used;
            }

            var slot = slots[sub] - 1;
            var target = _blocks[slot >> BlockShift].AsSpan((slot & BlockMask) * width, width);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] += counts[i];
            }
        }
    }
}
