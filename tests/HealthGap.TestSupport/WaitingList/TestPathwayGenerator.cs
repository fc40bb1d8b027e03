namespace HealthGap.TestSupport.WaitingList;

/// <summary>Draws people and their pathways for <see cref="WaitingListTestStore"/>.</summary>
public sealed class TestPathwayGenerator(Random random, PlantedWaits planted)
{
    private static readonly (string? Group, double Share)[] Ethnicities =
    [
        ("White", 0.72), ("Asian", 0.11), ("Black", 0.05), ("Mixed", 0.03), ("Other", 0.03), ("Not stated", 0.03), (null, 0.03),
    ];

    private int _pathway;

    public TestPerson Person(long id)
    {
        int? decile = random.NextDouble() < 0.04 ? null : random.Next(1, 11);
        var ethnicity = Pick(Ethnicities, e => e.Share).Group;
        var interpreterChance = ethnicity is "Asian" or "Other" or "Black" ? 0.15 : 0.01;
        bool? interpreter = random.NextDouble() < 0.01 ? null : random.NextDouble() < interpreterChance;
        var sexDraw = random.NextDouble();
        return new TestPerson(
            id,
            new DateOnly(2025 - random.Next(0, 91), random.Next(1, 13), 1),
            sexDraw < 0.55 ? "F" : sexDraw < 0.99 ? "M" : "U",
            ethnicity,
            decile,
            interpreter,
            interpreter == true || random.NextDouble() < 0.04,
            random.NextDouble() < 0.03,
            random.NextDouble() < 0.03);
    }

    public TestPathway OpenPathway(TestPerson person)
    {
        var (function, priority, days) = Draw(person);
        return new TestPathway(person.Id, Key(), PlantedWaits.Snapshot.AddDays(-days), function, priority, null);
    }

    public TestPathway CompletedPathway(TestPerson person)
    {
        var (function, priority, days) = Draw(person);
        var stop = PlantedWaits.Snapshot.AddDays(-random.Next(0, 365));
        return new TestPathway(person.Id, Key(), stop.AddDays(-days), function, priority, stop);
    }

    private (string Function, string Priority, int Days) Draw(TestPerson person)
    {
        var function = person.Smi && random.NextDouble() < planted.SmiInTraumaShare
            ? PlantedWaits.TreatmentFunctions[0]
            : Pick(PlantedWaits.TreatmentFunctions, t => t.Share);
        var priority = Pick(PlantedWaits.Priorities, p => p.Share);
        var factor = priority.Factor
            * (person.InterpreterNeeded == true ? planted.InterpreterFactor : 1.0)
            * (person.LearningDisability ? planted.LearningDisabilityFactor : 1.0);
        var logDays = Math.Log(function.MedianWeeks * 7 * factor) + (PlantedWaits.LogSd * Normal());
        return (function.Code, priority.Priority, (int)Math.Round(Math.Exp(logDays)));
    }

    private string Key() => "wl:" + (++_pathway).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> share)
    {
        var u = random.NextDouble() * items.Sum(share);
        foreach (var item in items)
        {
            u -= share(item);
            if (u <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
