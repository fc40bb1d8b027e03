using HealthGap.Core.Reference;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// One synthetic person while their shard is being generated. Mutable on purpose: the life course
/// (births, moves, deaths) and the clinical story are filled in step by step, then written out.
/// </summary>
internal sealed class Person
{
    public required long Index { get; init; }

    public required string NhsNumber { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required char Sex { get; init; }

    /// <summary>NHS ethnic category code as recorded ("A".."S", "Z" not stated, "" not known).</summary>
    public required string EthnicCategory { get; init; }

    /// <summary>The LSOA the person lives in first; deprivation is kept when they move (same decile).</summary>
    public required Lsoa HomeLsoa { get; init; }

    public List<Registration> Registrations { get; } = [];

    /// <summary>First day the person is registered with an ICB practice.</summary>
    public DateOnly Start => Registrations[0].Start;

    /// <summary>Last day registered (death, leaving the ICB) or null while registered.</summary>
    public DateOnly? End { get; set; }

    public DateOnly? DateOfDeath { get; set; }

    public int Decile => HomeLsoa.ImdDecile;

    public int Quintile => HomeLsoa.ImdQuintile;

    public PlusCharacteristics Plus { get; set; }

    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - DateOfBirth.Year;
        return date < DateOfBirth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>True when the person is registered on <paramref name="date"/>.</summary>
    public bool PresentOn(DateOnly date) => Start <= date && (End is null || date <= End);

    /// <summary>The registration period covering <paramref name="date"/> (the last one if none does).</summary>
    public Registration RegistrationOn(DateOnly date)
    {
        for (var i = Registrations.Count - 1; i >= 0; i--)
        {
            if (Registrations[i].Start <= date)
            {
                return Registrations[i];
            }
        }

        return Registrations[0];
    }

    /// <summary>Broad ethnic group of the recorded code, as the store derives it.</summary>
    public string EthnicGroup => EthnicCategory switch
    {
        "" => "Unknown",
        "Z" => "Not stated",
        "A" or "B" or "C" => "White",
        "D" or "E" or "F" or "G" => "Mixed",
        "H" or "J" or "K" or "L" => "Asian",
        "M" or "N" or "P" => "Black",
        _ => "Other",
    };
}

/// <summary>One registration period: where the person lived and which practice they were with.</summary>
internal sealed record Registration(string RecordId, Lsoa Lsoa, Practice Practice, DateOnly Start)
{
    public DateOnly? End { get; set; }
}

/// <summary>
/// The PLUS characteristics a synthetic person really has (the truth, before anything is coded): a bitmask
/// so the stories can test them cheaply. What each is called, and the codes and council services that
/// record it, come from Core's vocabulary (<c>HealthGap.Core.Vocabulary.PlusFlag</c>); a vocabulary flag with
/// no member here is planted by <c>OtherPlusFlagsStory</c>.
/// </summary>
[Flags]
internal enum PlusCharacteristics
{
    None = 0,
    LearningDisability = 1,
    Autism = 2,
    SevereMentalIllness = 4,
    Homeless = 8,
    Carer = 16,
    InterpreterNeeded = 32,
    EnglishNotMainLanguage = 64,
    Housebound = 128,
    CareHome = 256,
    LivesAlone = 512,
    LookedAfterChild = 1024,
}
