namespace HealthGap.Synthetic.Events;

/// <summary>
/// Emergency admissions of under-19s for their long-term conditions — asthma attacks, diabetic
/// ketoacidosis, seizures — arriving through A&amp;E. The general emergency mix gives children with
/// these conditions too few: published rates (NHS Outcomes Framework 2.3.ii, OHID) are about 200 asthma
/// admissions and 310 asthma, diabetes or epilepsy admissions per 100,000 under-19s a year, so each
/// child with the condition has these extra, more often in deprived areas.
/// </summary>
internal static class ChildhoodEmergencies
{
    /// <summary>Extra emergency admissions per child-year with the condition (before the quintile factor).</summary>
    private const double Asthma = 0.016;
    private const double Diabetes = 0.18;
    private const double Epilepsy = 0.065;

    private static readonly double[] Quintile = [1.3, 1.15, 1.0, 0.9, 0.8];

    /// <summary>Records the admissions; returns the expected number of A&amp;E attendances they add.</summary>
    public static double Record(ShardState shard, Clinical c, EmergencyAdmissions admissions)
    {
        var p = c.Person;
        var asthma = c.Asthma ? Asthma : 0;
        var diabetes = c.Diabetes ? Diabetes : 0;
        var epilepsy = c.Epilepsy ? Epilepsy : 0;
        var rate = (asthma + diabetes + epilepsy) * Quintile[p.Quintile - 1];
        var lastChildDay = p.DateOfBirth.AddYears(19).AddDays(-1);
        var end = lastChildDay < c.High ? lastChildDay : c.High;
        if (rate <= 0 || end < c.Low)
        {
            return 0;
        }

        var r = shard.Random;
        var years = (end.DayNumber - c.Low.DayNumber + 1) / 365.25;
        ReadOnlySpan<double> weights = [asthma, diabetes, epilepsy];
        for (var n = r.Poisson(rate * years); n > 0; n--)
        {
            var diagnosis = r.Pick(weights) switch
            {
                0 => r.Chance(0.8) ? "J459" : "J46",
                1 => "E101",
                _ => r.Chance(0.9) ? "G409" : "G419",
            };
            EmergencyCareStory.Attend(shard, c, r.Date(c.Low, end), admissions, diagnosis);
        }

        return rate * years;
    }
}
