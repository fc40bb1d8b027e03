using System.Globalization;
using HealthGap.Core.Reference;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// The people of a run as an analyst would rebuild them from <c>gp_registrations.csv</c> and
/// <c>gp_events.csv</c> alone (never from generator internals), with the code lists read from
/// <c>codelists/</c>.
/// </summary>
internal sealed class PeopleIndex
{
    public PeopleIndex(SynthRun run, ReferenceData reference)
    {
        Reference = run.Options.To;
        YearBefore = Reference.AddYears(-1);
        var registrations = run.Table("gp_registrations.csv");
        int nhs = registrations.Column("nhs_number"), dob = registrations.Column("date_of_birth"), sex = registrations.Column("sex"),
            eth = registrations.Column("ethnic_category"), lsoa = registrations.Column("lsoa11cd"), start = registrations.Column("registration_start"),
            end = registrations.Column("registration_end");
        foreach (var row in registrations.Rows)
        {
            if (!People.TryGetValue(row[nhs], out var person))
            {
                var area = reference.FindLsoa(row[lsoa])!;
                person = new PersonRecord(row[nhs], Date(row[dob]), row[sex][0], row[eth], area);
                People[row[nhs]] = person;
            }

            person.Periods.Add((Date(row[start]), row[end].Length == 0 ? null : Date(row[end]), row[lsoa]));
        }

        var events = run.Table("gp_events.csv");
        int en = events.Column("nhs_number"), ed = events.Column("event_date"), ec = events.Column("snomed_code"), ev = events.Column("value");
        foreach (var row in events.Rows)
        {
            if (People.TryGetValue(row[en], out var person))
            {
                person.Events.Add((Date(row[ed]), row[ec], row[ev].Length == 0 ? null : double.Parse(row[ev], CultureInfo.InvariantCulture)));
            }
        }
    }

    public DateOnly Reference { get; }

    public DateOnly YearBefore { get; }

    public Dictionary<string, PersonRecord> People { get; } = new(StringComparer.Ordinal);

    /// <summary>People registered on the reference date.</summary>
    public IEnumerable<PersonRecord> AtReference => People.Values.Where(p => p.Periods.MaxBy(x => x.Start).End is null);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Codes of a list in <c>codelists/</c>, or of one purpose in <c>healthgap_local.csv</c>.</summary>
    public static HashSet<string> Codes(string list, string? purpose = null)
    {
        var path = Path.Combine(Locate.Repository(), "codelists", list + ".csv");
        return File.ReadLines(path).Skip(1).Select(l => l.Split(','))
            .Where(c => purpose is null || c[2] == purpose)
            .Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>One person as rebuilt from the extracts.</summary>
internal sealed record PersonRecord(string NhsNumber, DateOnly DateOfBirth, char Sex, string EthnicCategory, Lsoa FirstLsoa)
{
    public List<(DateOnly Start, DateOnly? End, string Lsoa)> Periods { get; } = [];

    public List<(DateOnly Date, string Code, double? Value)> Events { get; } = [];

    public int Quintile => FirstLsoa.ImdQuintile;

    public string QuintileKey => Quintile.ToString(CultureInfo.InvariantCulture);

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - DateOfBirth.Year;
        return date < DateOfBirth.AddYears(age) ? age - 1 : age;
    }

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

    /// <summary>On a register by the latest-code rule: a code from the list and no later resolution code.</summary>
    public bool OnRegister(HashSet<string> codes, HashSet<string> resolved, DateOnly reference)
    {
        var latest = Events.Where(e => e.Date <= reference && codes.Contains(e.Code)).Select(e => (DateOnly?)e.Date).Max();
        var latestResolved = Events.Where(e => e.Date <= reference && resolved.Contains(e.Code)).Select(e => (DateOnly?)e.Date).Max();
        return latest is not null && (latestResolved is null || latestResolved < latest);
    }
}
