using System.Globalization;
using HealthGap.Synthetic.Events;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>
/// The synthetic ICS looks like a real one where the demo used to give it away: the waiting list on
/// the extract date is as long as England's (RTT statistics, March 2025: median 13.8 weeks, 40% over
/// 18 weeks), frequent A&amp;E attendance thins out as it does in ECDS, and children with asthma are
/// issued reliever inhalers coded from the dm+d list the indicator counts.
/// </summary>
[Collection(SharedSynthRuns.Name)]
public sealed class RealismTests(SynthFixture fixture)
{
    [Fact]
    public void OpenPathways_OnExtractDate_MedianAndShareOver18WeeksLikeEngland()
    {
        var to = fixture.Clean.Options.To;
        var open = fixture.Clean.Table("waiting_list.csv").Rows.Where(r => r[6].Length == 0)
            .Select(r => (to.DayNumber - PeopleIndex.Date(r[2]).DayNumber) / 7.0).Order().ToArray();
        Assert.True(open.Length > 1000, $"only {open.Length} open pathways");
        var median = open[open.Length / 2];
        var over18 = open.Count(w => w > 18) / (double)open.Length;
        var over52 = open.Count(w => w > 52) / (double)open.Length;
        Assert.InRange(median, 11.5, 16.5);
        Assert.InRange(over18, 0.33, 0.47);
        Assert.InRange(over52, 0.01, 0.06);
    }

    [Fact]
    public void FrequentAttenders_TenOrMore_AreAMinorityOfSixOrMore()
    {
        var people = fixture.People;
        var attendances = fixture.Clean.Table("ae_attendances.csv");
        int nhs = attendances.Column("nhs_number"), date = attendances.Column("arrival_date");
        var counts = attendances.Rows.Where(r => PeopleIndex.Date(r[date]) > people.YearBefore)
            .GroupBy(r => r[nhs]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var adults = people.AtReference.Where(p => p.AgeOn(people.Reference) >= 18).Select(p => counts.GetValueOrDefault(p.NhsNumber)).ToArray();
        var six = adults.Count(n => n >= 6);
        var ten = adults.Count(n => n >= 10);
        Assert.True(six >= 100, $"only {six} adults with 6+ attendances");
        var ratio = (double)ten / six;
        Assert.True(ratio is >= 0.12 and <= 0.35, string.Create(CultureInfo.InvariantCulture, $"10+ attenders are {ratio:P0} of 6+ attenders ({ten} of {six}); ECDS-like tails give about a fifth (it was ~75% before)."));
    }

    [Fact]
    public void RelieverInhalers_CodedFromTheDmdList_AndOveruseByQuintileMatchesTruth()
    {
        var saba = PeopleIndex.Codes("saba_inhalers_dmd");
        Assert.True(saba.Count >= 40, $"saba_inhalers_dmd.csv holds {saba.Count} codes");
        Assert.Contains("39113611000001102", saba);
        var people = fixture.People;
        var asthma = PeopleIndex.Codes("ast_cod");
        var resolved = PeopleIndex.Codes("astres_cod");
        var entry = fixture.Clean.Planted("cyp_asthma_saba_overuse");
        var issued = 0;
        foreach (var group in people.AtReference.Where(p => p.AgeOn(people.Reference) < 18 && p.OnRegister(asthma, resolved, people.Reference)).GroupBy(p => p.QuintileKey))
        {
            var overusers = group.Count(p => p.Events.Count(e => saba.Contains(e.Code) && e.Date > people.YearBefore && e.Date <= people.Reference) >= 3);
            issued += group.Sum(p => p.Events.Count(e => saba.Contains(e.Code)));
            Expect.Proportion($"CYP reliever over-use, quintile {group.Key}", Expect.Truth(entry, "imd_quintile", group.Key).Value, overusers, group.Count());
        }

        Assert.True(issued > 500, $"only {issued} reliever inhalers issued to children with asthma");
    }

    [Fact]
    public void IndicatorDefinition_CountsTheSameDmdList()
    {
        var definition = File.ReadAllText(Path.Combine(Locate.Repository(), "indicators", "cyp_asthma_saba_overuse.yaml"));
        Assert.Contains("codelist: saba_inhalers_dmd", definition, StringComparison.Ordinal);
        Assert.DoesNotContain("saba_inhaler_issue", definition, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildrensAsthmaAdmissions_AndHospitalActivity_NearEnglandsRates()
    {
        var people = fixture.People;
        var children = people.AtReference.Where(p => p.AgeOn(people.Reference) < 19).Select(p => p.NhsNumber).ToHashSet(StringComparer.Ordinal);
        var everyone = people.AtReference.Count();
        var admissions = fixture.Clean.Table("inpatient_admissions.csv");
        int nhs = admissions.Column("nhs_number"), date = admissions.Column("admission_date"), method = admissions.Column("admission_method"), diagnosis = admissions.Column("primary_diagnosis");
        var lastYear = admissions.Rows.Where(r => PeopleIndex.Date(r[date]) > people.YearBefore).ToArray();
        var asthma = lastYear.Count(r => r[method] != "11" && children.Contains(r[nhs]) && r[diagnosis] is ['J', '4', '5' or '6', ..]);
        var asthmaRate = asthma * 100_000.0 / children.Count;
        Assert.True(asthmaRate is > 110 and < 320, string.Create(CultureInfo.InvariantCulture, $"{asthmaRate:0} emergency asthma admissions per 100,000 under-19s (England ~200, OHID)"));
        var elective = lastYear.Count(r => r[method] == "11") / (double)everyone;
        Assert.InRange(elective, 0.08, 0.22);
        var outpatients = fixture.Clean.Table("outpatients.csv");
        int od = outpatients.Column("appointment_date"), status = outpatients.Column("status");
        var attended = outpatients.Rows.Count(r => PeopleIndex.Date(r[od]) > people.YearBefore && r[status] == "attended") / (double)everyone;
        Assert.InRange(attended, 1.1, 2.4);
    }

    [Theory]
    [InlineData(20.0, 100.0)]
    [InlineData(41.0, 95.0)]
    [InlineData(41.0, 30.0)]
    public void TruncatedErlangMean_MatchesNumericalIntegration(double mean, double limit)
    {
        // E[T | T <= c] for an Erlang-4 with this mean, by the midpoint rule on its density.
        var rate = 4 / mean;
        double mass = 0, moment = 0;
        const int steps = 200_000;
        for (var i = 0; i < steps; i++)
        {
            var t = (i + 0.5) * limit / steps;
            var density = Math.Pow(rate, 4) * t * t * t * Math.Exp(-rate * t) / 6;
            mass += density;
            moment += t * density;
        }

        Assert.Equal(moment / mass, ElectiveCareStory.TruncatedErlangMean(mean, limit), 3);
        Assert.True(ElectiveCareStory.TruncatedErlangMean(mean, limit) < mean);
    }
}
