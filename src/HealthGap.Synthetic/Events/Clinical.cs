using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>One person's clinical story as it is decided, shared by the event generators.</summary>
internal sealed class Clinical(Person person, DateOnly from, DateOnly to)
{
    public Person Person => person;

    /// <summary>First day of the period the person is registered.</summary>
    public DateOnly Low { get; } = person.Start > from ? person.Start : from;

    /// <summary>Last day of the period the person is registered.</summary>
    public DateOnly High { get; } = person.End ?? to;

    /// <summary>Registered on the reference date (the last day of the period).</summary>
    public bool AtReference { get; } = person.End is null;

    public int AgeAtReference { get; } = person.AgeOn(to);

    /// <summary>Years registered within the period.</summary>
    public double Exposure => Math.Max(0, (High.DayNumber - Low.DayNumber + 1) / 365.25);

    public bool TrueHypertension { get; set; }

    public bool HypertensionRegister { get; set; }

    public bool Diabetes { get; set; }

    public bool Copd { get; set; }

    public bool Asthma { get; set; }

    public bool Epilepsy { get; set; }

    /// <summary>On the SMI register on the reference date: these people's six check elements in the
    /// last 12 months come only from the SMI health check, so its planted rate is what an analysis sees.</summary>
    public bool SmiRegister { get; set; }

    /// <summary>Smoking status: 0 never, 1 ex, 2 current, -1 never recorded.</summary>
    public int Smoking { get; set; } = -1;

    public bool FrequentAttender { get; set; }

    public DateOnly? CancerDate { get; set; }

    public string? CancerSite { get; set; }

    /// <summary>Latest day a routine observation may be dated (before the SMI check window for SMI register members).</summary>
    public DateOnly RoutineObservationEnd(DateOnly yearBefore) => SmiRegister && High > yearBefore ? yearBefore : High;

    public bool Has(PlusCharacteristics flag) => (person.Plus & flag) != 0;

    /// <summary>A day in the period while registered, or null when there is none.</summary>
    public DateOnly? DayPresent(SeededRandom random, DateOnly? latest = null)
    {
        var hi = latest is { } l && l < High ? l : High;
        return hi < Low ? null : random.Date(Low, hi);
    }

    /// <summary>A day for a historical code: up to 12 years before the period, never before birth or after the period.</summary>
    public DateOnly HistoryDay(SeededRandom random, int minimumAge = 0)
    {
        var earliest = person.DateOfBirth.AddYears(minimumAge);
        var lo = earliest > from.AddYears(-12) ? earliest : from.AddYears(-12);
        var hi = Low > lo ? Low : lo;
        hi = hi > High ? High : hi;
        return random.Date(lo < hi ? lo : hi, hi);
    }
}
