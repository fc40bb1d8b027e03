using System.Globalization;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// Makes one person of an LSOA shard and lives their period: residents registered before it starts,
/// babies born and people arriving during it; then deaths (from the calibrated hazard), moves to
/// another LSOA of the <i>same</i> national decile (so a person's deprivation, and so every planted
/// rate, stays fixed) and moves out of the ICB, which end the registration.
/// </summary>
internal sealed class LifeCourse(SynthContext context)
{
    private const double MoveWithinRate = 0.04;
    private const double LeaveRate = LsoaPlan.ArrivalRate;

    public Person Create(LsoaPlan plan, int slot, SeededRandom random)
    {
        var from = context.From;
        var to = context.To;
        var lsoa = plan.Lsoa;
        int age;
        DateOnly dob;
        DateOnly start;
        if (slot < plan.Residents)
        {
            age = context.Demography.SampleAge(lsoa, random);
            dob = from.AddYears(-age).AddDays(-random.Between(1, 365));
            start = random.Date(Max(dob.AddDays(random.Between(14, 42)), from.AddYears(-25)), from.AddDays(-1));
        }
        else if (slot < plan.Residents + plan.Births)
        {
            age = 0;
            dob = random.Date(from, to.AddDays(-60));
            start = dob.AddDays(random.Between(14, 42));
        }
        else
        {
            age = random.Chance(0.7) ? random.Between(18, 40) : random.Between(0, 75);
            start = random.Date(from, to.AddDays(-1));
            dob = start.AddYears(-age).AddDays(-random.Between(1, 365));
        }

        var index = plan.FirstIndex + slot;
        var person = new Person
        {
            Index = index,
            NhsNumber = context.NhsNumbers.ForIndex(index),
            DateOfBirth = dob,
            Sex = Demography.SampleSex(age, random),
            EthnicCategory = context.Demography.SampleEthnicCategory(lsoa, random),
            HomeLsoa = lsoa,
        };
        person.Registrations.Add(new Registration(RecordId(index, 1), lsoa, context.Practices.Choose(lsoa, random), start));
        Live(person, random);
        return person;
    }

    private void Live(Person person, SeededRandom random)
    {
        var to = context.To;
        var day = Max(person.Start, context.From);
        var moved = false;
        while (day <= to)
        {
            var next = day.AddYears(1) > to ? to.AddDays(1) : day.AddYears(1);
            var years = (next.DayNumber - day.DayNumber) / 365.25;
            var age = (day.DayNumber - person.DateOfBirth.DayNumber) / 365.25;
            var death = context.Mortality.Hazard(person.Sex, person.Decile, age + (years / 2));
            var u = random.NextDouble();
            if (u < 1 - Math.Exp(-death * years))
            {
                var date = random.Date(day, next.AddDays(-1));
                person.DateOfDeath = date;
                Close(person, date);
                return;
            }

            if (random.Chance(1 - Math.Exp(-LeaveRate * years)))
            {
                Close(person, random.Date(day, next.AddDays(-1)));
                return;
            }

            if (!moved && random.Chance(1 - Math.Exp(-MoveWithinRate * years)))
            {
                moved = true;
                Move(person, random.Date(day.AddDays(1), next.AddDays(-1)), random);
            }

            day = next;
        }
    }

    private void Move(Person person, DateOnly date, SeededRandom random)
    {
        var current = person.Registrations[^1];
        if (date <= current.Start)
        {
            return;
        }

        var candidates = context.LsoasByDecile[person.Decile - 1];
        var lsoa = candidates[random.Next(candidates.Count)];
        current.End = date.AddDays(-1);
        person.Registrations.Add(new Registration(
            RecordId(person.Index, person.Registrations.Count + 1), lsoa, context.Practices.Choose(lsoa, random), date));
    }

    private static void Close(Person person, DateOnly date)
    {
        person.End = date;
        person.Registrations[^1].End = date;
    }

    private static string RecordId(long index, int n) =>
        "R" + index.ToString("D7", CultureInfo.InvariantCulture) + "-" + n.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
