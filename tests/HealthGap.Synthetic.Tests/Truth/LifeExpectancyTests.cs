namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// Life expectancy computed from deaths.csv and registered person-years (a simple abridged life
/// table) shows the planted gap between the most and least deprived quintiles, for both sexes.
/// </summary>
[Collection(SharedSynthRuns.Name)]
public sealed class LifeExpectancyTests(SynthFixture fixture)
{
    private static readonly int[] BandStarts = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

    [Theory]
    [InlineData('M', "male_by_imd_decile")]
    [InlineData('F', "female_by_imd_decile")]
    public void LifeExpectancy_MostVersusLeastDeprivedQuintile_ShowsThePlantedGap(char sex, string breakdown)
    {
        var values = fixture.Clean.Planted("life_expectancy_birth_imd").GetProperty("breakdowns").GetProperty(breakdown).GetProperty("values");
        double Truth(int d1, int d2) => (values.GetProperty(d1.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDouble() + values.GetProperty(d2.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDouble()) / 2;
        var most = Observed(sex, 1);
        var least = Observed(sex, 5);
        Assert.InRange(most, Truth(1, 2) - 3.5, Truth(1, 2) + 3.5);
        Assert.InRange(least, Truth(9, 10) - 4.5, Truth(9, 10) + 4.5);
        Assert.True(least - most > (Truth(9, 10) - Truth(1, 2)) / 2, $"Gap {least - most:F1} years should be at least half the planted {Truth(9, 10) - Truth(1, 2):F1}.");
    }

    private double Observed(char sex, int quintile)
    {
        var people = fixture.People;
        var from = fixture.Clean.Options.From;
        var to = fixture.Clean.Options.To;
        var deathDates = fixture.Clean.Table("deaths.csv").Rows.ToDictionary(r => r[1], r => PeopleIndex.Date(r[2]), StringComparer.Ordinal);
        var years = new double[BandStarts.Length];
        var deaths = new double[BandStarts.Length];
        foreach (var p in people.People.Values.Where(p => p.Sex == sex && p.Quintile == quintile))
        {
            foreach (var (start, end, _) in p.Periods)
            {
                var lo = start > from ? start : from;
                var hi = end ?? to;
                for (var day = lo; day <= hi; day = day.AddDays(30))
                {
                    years[Band(p.AgeOn(day))] += Math.Min(30, hi.DayNumber - day.DayNumber + 1) / 365.25;
                }
            }

            if (deathDates.TryGetValue(p.NhsNumber, out var died))
            {
                deaths[Band(p.AgeOn(died))]++;
            }
        }

        return LifeTable(years, deaths);
    }

    // Abridged life table (Chiang): q = n m / (1 + (1 - a) n m), open last interval L = l / m.
    private static double LifeTable(double[] years, double[] deaths)
    {
        var alive = 1.0;
        var total = 0.0;
        for (var i = 0; i < BandStarts.Length; i++)
        {
            var m = years[i] > 0 ? deaths[i] / years[i] : 0;
            if (i == BandStarts.Length - 1)
            {
                total += m > 0 ? alive / m : 0;
                break;
            }

            var n = BandStarts[i + 1] - BandStarts[i];
            var a = i == 0 ? 0.1 : 0.5;
            var q = Math.Min(1, n * m / (1 + ((1 - a) * n * m)));
            total += n * alive * (1 - (q * (1 - a)));
            alive *= 1 - q;
        }

        return total;
    }

    private static int Band(int age)
    {
        for (var i = BandStarts.Length - 1; i >= 0; i--)
        {
            if (age >= BandStarts[i])
            {
                return i;
            }
        }

        return 0;
    }
}
