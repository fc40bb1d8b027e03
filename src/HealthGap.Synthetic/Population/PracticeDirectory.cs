using System.Globalization;
using HealthGap.Core.Reference;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// Synthetic practices grouped into PCNs within each place (LAD): about one practice per 8,000 real
/// residents and four to six practices per PCN, as in England. Each LSOA has a home practice (its
/// neighbours in code order share one); most residents register there, some with the next practice
/// in the same place.
/// </summary>
internal sealed class PracticeDirectory
{
    private const int PeoplePerPractice = 8000;
    private const int PracticesPerPcn = 5;
    private readonly Dictionary<string, Practice[]> _byLad = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _homeIndex = new(StringComparer.Ordinal);

    public PracticeDirectory(IcbProfile icb)
    {
        var practiceNumber = 1;
        var pcnNumber = 1;
        foreach (var lad in icb.Lsoas.GroupBy(l => l.Lad).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var lsoas = lad.OrderBy(l => l.Code, StringComparer.Ordinal).ToArray();
            var population = lsoas.Sum(l => (long)l.Population.Total);
            var count = (int)Math.Clamp(Math.Round(population / (double)PeoplePerPractice), 1, lsoas.Length);
            var practices = new Practice[count];
            var shortName = lad.Key.Name.Split(',')[0];
            for (var i = 0; i < count; i++)
            {
                var pcnIndex = i / PracticesPerPcn;
                var pcnCode = "U9" + (pcnNumber + pcnIndex).ToString("D4", CultureInfo.InvariantCulture);
                practices[i] = new Practice(
                    "Y9" + practiceNumber.ToString("D4", CultureInfo.InvariantCulture),
                    PracticeName(shortName, i),
                    pcnCode,
                    $"{shortName} {PcnNames[pcnIndex % PcnNames.Length]} PCN",
                    lad.Key.Code);
                practiceNumber++;
            }

            pcnNumber += ((count - 1) / PracticesPerPcn) + 1;
            _byLad[lad.Key.Code] = practices;
            for (var i = 0; i < lsoas.Length; i++)
            {
                _homeIndex[lsoas[i].Code] = (int)((long)i * count / lsoas.Length);
            }
        }

        All = _byLad.Values.SelectMany(p => p).ToArray();
    }

    public IReadOnlyList<Practice> All { get; }

    /// <summary>The practice a resident of <paramref name="lsoa"/> registers with (85% the home practice).</summary>
    public Practice Choose(Lsoa lsoa, SeededRandom random)
    {
        var practices = _byLad[lsoa.Lad.Code];
        var home = _homeIndex[lsoa.Code];
        return random.Chance(0.85) || practices.Length == 1 ? practices[home] : practices[(home + 1) % practices.Length];
    }

    private static string PracticeName(string place, int i) =>
        i < PracticeNames.Length
            ? $"{place} {PracticeNames[i]}"
            : $"{place} {PracticeNames[i % PracticeNames.Length]} {((i / PracticeNames.Length) + 1).ToString(CultureInfo.InvariantCulture)}";

    private static readonly string[] PracticeNames =
    [
        "Central Surgery", "Medical Centre", "Health Centre", "Family Practice", "Park Surgery",
        "Road Surgery", "Bay Medical Practice", "Group Practice", "Village Surgery", "Primary Care Centre",
    ];

    private static readonly string[] PcnNames = ["Central", "North", "South", "East", "West", "Coastal", "Rural", "Town"];
}
