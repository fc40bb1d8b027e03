using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// GP appointments: more for young children, women of working age, older people, people with
/// long-term conditions and deprived areas; more missed in deprived areas. Frequent A&amp;E attenders
/// see their GP more and more in the year before their high-use year (the early-warning signal).
/// </summary>
internal static class PrimaryCareUseStory
{
    private const int BlockDays = 91;
    private static readonly string[] Modes = ["face_to_face", "telephone", "online", "home_visit"];
    private static readonly double[] DidNotAttend = [0.08, 0.07, 0.06, 0.05, 0.04];

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var conditions = (c.HypertensionRegister ? 1 : 0) + (c.Diabetes ? 1 : 0) + (c.Copd ? 1 : 0) + (c.Asthma ? 1 : 0) + (c.Epilepsy ? 1 : 0) + (c.SmiRegister ? 2 : 0);
        var homeBound = c.Has(PlusCharacteristics.Housebound) || c.Has(PlusCharacteristics.CareHome);
        Span<double> modeWeights = [homeBound ? 0.3 : 0.6, 0.3, homeBound ? 0.02 : 0.07, homeBound ? 0.38 : 0.03];
        var highUseStart = shard.YearBefore.AddDays(1);
        for (var block = c.Low; block <= c.High; block = block.AddDays(BlockDays))
        {
            var end = block.AddDays(BlockDays - 1) < c.High ? block.AddDays(BlockDays - 1) : c.High;
            var days = end.DayNumber - block.DayNumber + 1;
            var rate = Rates.GpAppointments(p.AgeOn(block), p.Sex, p.Quintile) + (2.0 * conditions);
            if (c.FrequentAttender)
            {
                var monthsBefore = (highUseStart.DayNumber - block.DayNumber) / 30.4;
                rate *= monthsBefore <= 0 ? 2.5 : monthsBefore <= 6 ? 2.2 : monthsBefore <= 12 ? 1.5 : 1.0;
            }

            for (var n = r.Poisson(rate * days / 365.25); n > 0; n--)
            {
                var mode = Modes[r.Pick(modeWeights)];
                var status = r.Chance(DidNotAttend[p.Quintile - 1]) ? "dna" : "attended";
                shard.Rows.Appointment(r.Date(block, end), mode, status);
            }
        }
    }
}
