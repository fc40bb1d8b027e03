using System.Text.RegularExpressions;

namespace HealthGap.Synthetic.Tests.Extracts;

/// <summary>The files are exactly those of docs/extracts.md, coded with real codes from codelists/.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed partial class ContractTests(SynthFixture fixture)
{
    [Fact]
    public void EveryFeed_Header_IsExactlyTheColumnsOfDocsExtracts()
    {
        var documented = DocumentedFeeds();
        Assert.Equal(15, documented.Count);
        foreach (var (file, columns) in documented)
        {
            var header = File.ReadLines(Path.Combine(fixture.Clean.Directory, file)).First();
            Assert.Equal(string.Join(',', columns), header);
        }
    }

    [Fact]
    public void GpEvents_EverySnomedCode_ComesFromACodeList()
    {
        var known = Directory.EnumerateFiles(Path.Combine(Locate.Repository(), "codelists"), "*.csv")
            .SelectMany(f => File.ReadLines(f).Skip(1).Select(l => l.Split(',')[0])).ToHashSet(StringComparer.Ordinal);
        var unknown = fixture.Clean.Table("gp_events.csv").Values("snomed_code").Distinct(StringComparer.Ordinal).Where(c => !known.Contains(c)).ToArray();
        Assert.Empty(unknown);
    }

    [Fact]
    public void HospitalFeeds_Codes_AreIcd10AndOpcs4WithoutDots()
    {
        var admissions = fixture.Clean.Table("inpatient_admissions.csv");
        Assert.All(admissions.Values("primary_diagnosis").Distinct(StringComparer.Ordinal), c => Assert.Matches(Icd10(), c));
        Assert.All(admissions.Values("primary_procedure").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal), c => Assert.Matches("^[A-Z][0-9]{3}$", c));
        Assert.All(fixture.Clean.Table("deaths.csv").Values("underlying_cause").Distinct(StringComparer.Ordinal), c => Assert.Matches(Icd10(), c));
        Assert.All(fixture.Clean.Table("cancer_registrations.csv").Values("icd10_site").Distinct(StringComparer.Ordinal), c => Assert.Matches("^C[0-9]{2,3}$", c));
        var methods = admissions.Values("admission_method").ToHashSet(StringComparer.Ordinal);
        Assert.Subset(Set("11", "21", "22"), methods);
        var extractions = admissions.Rows.Count(r => r[admissions.Column("primary_diagnosis")].StartsWith("K02", StringComparison.Ordinal));
        Assert.True(extractions > 5, "Expected tooth extractions (K02 with F09/F10) in under-10s.");
    }

    [Fact]
    public void Feeds_EnumeratedValues_AreTheDocumentedOnes()
    {
        var run = fixture.Clean;
        Assert.Subset(Set("face_to_face", "telephone", "online", "home_visit"), run.Table("gp_appointments.csv").Values("mode").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(Set("01", "02", "03", "04"), run.Table("ae_attendances.csv").Values("department_type").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(Set("IRTT", "ORTT"), run.Table("waiting_list.csv").Values("waiting_list_type").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(Set("1", "2", "3", "4", "U"), run.Table("cancer_registrations.csv").Values("stage").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(Set("cypmhs", "adult_community", "crisis", "iapt"), run.Table("mental_health_contacts.csv").Values("service").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(Set("assisted_bin_collection", "housing_support", "blue_badge", "looked_after_child", "council_tax_support"), run.Table("council_services.csv").Values("service").ToHashSet(StringComparer.Ordinal));
        Assert.True(run.Table("council_services.csv").Values("nhs_number").Count(n => n.Length == 0) > run.Table("council_services.csv").Rows.Count / 2, "Council rows should usually have no NHS number.");
    }

    private static HashSet<string> Set(params string[] values) => values.ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, List<string>> DocumentedFeeds()
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(Path.Combine(Locate.Repository(), "docs", "extracts.md")))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                current = [];
                result[heading.Groups[1].Value] = current;
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is not null && Row().Match(line) is { Success: true } row && row.Groups[1].Value != "column")
            {
                current.Add(row.Groups[1].Value);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^## `([a-z_]+\.csv)`")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| ([a-z0-9_]+) \|")]
    private static partial Regex Row();

    [GeneratedRegex("^[A-Z][0-9]{2}[0-9X]?$")]
    private static partial Regex Icd10();
}
