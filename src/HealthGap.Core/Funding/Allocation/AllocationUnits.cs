using HealthGap.Core.Reference;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>Builds the areas a budget is divided over by summing their LSOAs.</summary>
public static class AllocationUnits
{
    /// <summary>
    /// Groups <paramref name="lsoas"/> into units at <paramref name="level"/>, in code order.
    /// <paramref name="groups"/> is required for <see cref="AllocationLevel.Neighbourhood"/> and ignored otherwise.
    /// </summary>
    public static IReadOnlyList<AllocationUnit> Build(IReadOnlyCollection<Lsoa> lsoas, AllocationLevel level, NeighbourhoodGroups? groups = null)
    {
        Func<Lsoa, (string Code, string Name)> key = level switch
        {
            AllocationLevel.Place => l => (l.Lad.Code, l.Lad.Name),
            AllocationLevel.SubIcb => l => (l.SubIcb.OdsCode, l.SubIcb.Name),
            AllocationLevel.Lsoa => l => (l.Code, l.Name),
            AllocationLevel.Msoa => l => (MsoaName(l), MsoaName(l)),
            AllocationLevel.Neighbourhood when groups is not null => l => (groups.GroupOfLsoa[l.Code], groups.Names[groups.GroupOfLsoa[l.Code]]),
            AllocationLevel.Neighbourhood => throw new FundingInputException(
                "neighbourhoods need a groups file (--groups FILE.csv with columns lsoa11cd,neighbourhood_code[,neighbourhood_name]); " +
                "or use --level lsoa (each LSOA its own neighbourhood) or --level msoa."),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown allocation level"),
        };

        var units = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var lsoa in lsoas)
        {
            var (code, name) = key(lsoa);
            if (!units.TryGetValue(code, out var unit))
            {
                unit = new Accumulator(code, name);
                units[code] = unit;
            }

            unit.Add(lsoa);
        }

        return units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => u.ToUnit()).ToArray();
    }

    /// <summary>
    /// The MSOA an LSOA belongs to, read from its name: ONS names each 2011 LSOA after its MSOA
    /// plus a letter ("Tendring 018A" is in "Tendring 018").
    /// </summary>
    public static string MsoaName(Lsoa lsoa) =>
        lsoa.Name.Length > 1 && char.IsAsciiLetterUpper(lsoa.Name[^1]) && char.IsAsciiDigit(lsoa.Name[^2]) ? lsoa.Name[..^1] : lsoa.Name;

    private sealed class Accumulator(string code, string name)
    {
        private long _population;
        private long _core20;
        private double _score;
        private int _count;

        public string Code => code;

        public void Add(Lsoa lsoa)
        {
            _population += lsoa.Population.Total;
            _core20 += lsoa.Core20 ? lsoa.Population.Total : 0;
            _score += lsoa.Population.Total * lsoa.ImdScore;
            _count++;
        }

        public AllocationUnit ToUnit() => new()
        {
            Code = code,
            Name = name,
            LsoaCount = _count,
            Population = _population,
            Core20Population = _core20,
            ImdScorePopulationSum = _score,
        };
    }
}
