using System.Text.RegularExpressions;

namespace HealthGap.Core.Reference;

/// <summary>
/// Reads and validates the reference files: row counts, code formats, duplicates, deciles
/// consistent with ranks, and every LSOA mapped to exactly one ICB. Any problem stops the load with
/// a <see cref="ReferenceDataException"/> naming the file, line and field.
/// </summary>
internal static partial class ReferenceDataLoader
{
    public const string ImdFile = "imd2019_lsoa11.csv";
    public const string LookupFile = "lsoa11_to_icb.csv";
    public const string EspFile = "esp2013.csv";
    public const string EthnicityFile = "ethnicity_census2011_lsoa11.csv";

    /// <summary>Every English LSOA (2011) is in IoD2019.</summary>
    public const int EnglishLsoaCount = 32_844;

    public const int IcbCount = 42;

    private static readonly string[] Domains = ["income", "employment", "education", "health", "crime", "barriers", "living_env"];

    public static ReferenceData Load(string directory)
    {
        var imd = ReadImd(directory);
        var lookup = ReadLookup(directory);
        var lsoas = Join(imd, lookup);
        var esp = ReadEsp(directory);
        return new ReferenceData(directory, lsoas, esp, () => ReadEthnicity(directory, imd.Keys));
    }

    private static Dictionary<string, ImdRow> ReadImd(string directory)
    {
        string[] columns =
        [
            "lsoa11cd", "lsoa11nm", "imd_score", "imd_rank", "imd_decile",
            .. Domains.SelectMany(d => new[] { d + "_rank", d + "_decile" }),
            "pop_total_mid2015", "pop_0_15_mid2015", "pop_16_59_mid2015", "pop_60plus_mid2015", "pop_working_age_mid2015",
        ];
        var rows = new Dictionary<string, ImdRow>(EnglishLsoaCount, StringComparer.Ordinal);
        using var csv = ReferenceCsvReader.Open(directory, ImdFile, columns);
        while (csv.Read())
        {
            var code = csv.TextMatching("lsoa11cd", LsoaCode(), "an English LSOA code (E01 and 6 digits)");
            var rank = csv.Integer("imd_rank", 1, EnglishLsoaCount);
            var decile = csv.Integer("imd_decile", 1, 10);
            if (decile != DecileOfRank(rank))
            {
                throw csv.Fail("imd_decile", $"decile {decile} does not match rank {rank} (expected {DecileOfRank(rank)})");
            }

            var domainDeciles = Domains.Select(d => csv.Integer(d + "_decile", 1, 10)).ToArray();
            var population = new LsoaPopulation(
                csv.Integer("pop_total_mid2015", 0, 100_000),
                csv.Integer("pop_0_15_mid2015", 0, 100_000),
                csv.Integer("pop_16_59_mid2015", 0, 100_000),
                csv.Integer("pop_60plus_mid2015", 0, 100_000),
                csv.Integer("pop_working_age_mid2015", 0, 100_000));
            if (population.Aged0To15 + population.Aged16To59 + population.Aged60Plus != population.Total)
            {
                throw csv.Fail("pop_total_mid2015", "age bands do not add up to the total");
            }

            var row = new ImdRow(
                code, csv.Text("lsoa11nm"), csv.Number("imd_score"), rank, decile,
                new DomainDeciles(domainDeciles[0], domainDeciles[1], domainDeciles[2], domainDeciles[3],
                    domainDeciles[4], domainDeciles[5], domainDeciles[6]),
                population);
            if (!rows.TryAdd(code, row))
            {
                throw csv.Fail("lsoa11cd", $"{code} appears more than once");
            }
        }

        ExpectCount(ImdFile, rows.Count, EnglishLsoaCount, "LSOAs");
        return rows;
    }

    private static Dictionary<string, LookupRow> ReadLookup(string directory)
    {
        string[] columns =
        [
            "lsoa11cd", "sicbl22cd", "sicbl22cdh", "sicbl22nm", "icb22cd", "icb22cdh", "icb22nm",
            "nhser22cd", "nhser22cdh", "nhser22nm", "lad22cd", "lad22nm",
        ];
        var rows = new Dictionary<string, LookupRow>(EnglishLsoaCount, StringComparer.Ordinal);
        var icbOfSubIcb = new Dictionary<string, string>(StringComparer.Ordinal);
        var regionOfIcb = new Dictionary<string, string>(StringComparer.Ordinal);
        using var csv = ReferenceCsvReader.Open(directory, LookupFile, columns);
        while (csv.Read())
        {
            var code = csv.TextMatching("lsoa11cd", LsoaCode(), "an English LSOA code (E01 and 6 digits)");
            var subIcb = new CodedArea(
                csv.TextMatching("sicbl22cd", SubIcbCode(), "a sub-ICB GSS code (E38…)"),
                csv.TextMatching("sicbl22cdh", OdsCode(), "an ODS code"),
                csv.Text("sicbl22nm"));
            var icb = new CodedArea(
                csv.TextMatching("icb22cd", IcbCode(), "an ICB GSS code (E54…)"),
                csv.TextMatching("icb22cdh", OdsCode(), "an ODS code"),
                csv.Text("icb22nm"));
            var region = new CodedArea(
                csv.TextMatching("nhser22cd", RegionCode(), "an NHS England region GSS code (E40…)"),
                csv.TextMatching("nhser22cdh", OdsCode(), "an ODS code"),
                csv.Text("nhser22nm"));
            var lad = new AreaName(
                csv.TextMatching("lad22cd", LadCode(), "a local authority GSS code (E06–E09…)"),
                csv.Text("lad22nm"));

            if (icbOfSubIcb.TryGetValue(subIcb.Code, out var knownIcb) && knownIcb != icb.Code)
            {
                throw csv.Fail("icb22cd", $"sub-ICB {subIcb.Code} is in {knownIcb} on another line; a sub-ICB must sit in one ICB");
            }

            icbOfSubIcb[subIcb.Code] = icb.Code;
            if (regionOfIcb.TryGetValue(icb.Code, out var knownRegion) && knownRegion != region.Code)
            {
                throw csv.Fail("nhser22cd", $"ICB {icb.Code} is in {knownRegion} on another line; an ICB must sit in one region");
            }

            regionOfIcb[icb.Code] = region.Code;
            if (!rows.TryAdd(code, new LookupRow(subIcb, icb, region, lad)))
            {
                throw csv.Fail("lsoa11cd", $"{code} is mapped more than once; every LSOA must map to exactly one ICB");
            }
        }

        ExpectCount(LookupFile, rows.Count, EnglishLsoaCount, "LSOAs");
        ExpectCount(LookupFile, regionOfIcb.Count, IcbCount, "ICBs");
        return rows;
    }

    private static Lsoa[] Join(Dictionary<string, ImdRow> imd, Dictionary<string, LookupRow> lookup)
    {
        // Interning keeps one instance per area (so reference equality and memory both stay cheap).
        var areas = new Dictionary<CodedArea, CodedArea>();
        var lads = new Dictionary<AreaName, AreaName>();
        var lsoas = new List<Lsoa>(imd.Count);
        foreach (var row in imd.Values.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            if (!lookup.TryGetValue(row.Code, out var geo))
            {
                throw new ReferenceDataException(LookupFile, $"LSOA {row.Code} (in {ImdFile}) has no ICB; every LSOA must map to exactly one ICB");
            }

            lsoas.Add(new Lsoa
            {
                Code = row.Code,
                Name = row.Name,
                ImdScore = row.Score,
                ImdRank = row.Rank,
                ImdDecile = row.Decile,
                Domains = row.Domains,
                Population = row.Population,
                Lad = Intern(lads, geo.Lad),
                SubIcb = Intern(areas, geo.SubIcb),
                Icb = Intern(areas, geo.Icb),
                Region = Intern(areas, geo.Region),
            });
        }

        var extra = lookup.Keys.FirstOrDefault(k => !imd.ContainsKey(k));
        if (extra is not null)
        {
            throw new ReferenceDataException(LookupFile, $"LSOA {extra} is not in {ImdFile}; the two files must hold the same LSOAs");
        }

        return lsoas.ToArray();
    }

    internal static StandardPopulation ReadEsp(string directory)
    {
        var bands = new List<StandardAgeBand>();
        using var csv = ReferenceCsvReader.Open(directory, EspFile, ["age_band", "age_lower", "age_upper", "esp2013_population"]);
        while (csv.Read())
        {
            var lower = csv.Integer("age_lower", 0, 120);
            var upperText = csv.OptionalText("age_upper");
            int? upper = upperText is null ? null : csv.Integer("age_upper", lower, 120);
            var expectedLower = bands.Count == 0 ? 0 : (bands[^1].UpperAge ?? -1) + 1;
            if (lower != expectedLower)
            {
                throw csv.Fail("age_lower", $"bands must be contiguous from 0; expected {expectedLower}, found {lower}");
            }

            bands.Add(new StandardAgeBand(csv.Text("age_band"), lower, upper, csv.Integer("esp2013_population", 1, 100_000)));
        }

        ExpectCount(EspFile, bands.Count, 19, "age bands");
        if (bands[^1].UpperAge is not null)
        {
            throw new ReferenceDataException(EspFile, "the last band must be open (no age_upper)");
        }

        return new StandardPopulation(bands);
    }

    private static Dictionary<string, LsoaEthnicity> ReadEthnicity(string directory, IEnumerable<string> expectedLsoas)
    {
        var columns = new[] { "lsoa11cd", "all_usual_residents" }
            .Concat(LsoaEthnicity.BroadGroups).Concat(LsoaEthnicity.DetailedGroups).ToArray();
        var rows = new Dictionary<string, LsoaEthnicity>(EnglishLsoaCount, StringComparer.Ordinal);
        using var csv = ReferenceCsvReader.Open(directory, EthnicityFile, columns);
        while (csv.Read())
        {
            var code = csv.TextMatching("lsoa11cd", LsoaCode(), "an English LSOA code (E01 and 6 digits)");
            var all = csv.Integer("all_usual_residents", 0, 100_000);
            var broad = LsoaEthnicity.BroadGroups.Select(g => csv.Integer(g, 0, 100_000)).ToArray();
            if (broad.Sum() != all)
            {
                throw csv.Fail("all_usual_residents", "the 5 broad groups do not add up to all usual residents");
            }

            var detailed = LsoaEthnicity.DetailedGroups.Select(g => csv.Integer(g, 0, 100_000)).ToArray();
            if (!rows.TryAdd(code, new LsoaEthnicity(code, all, broad, detailed)))
            {
                throw csv.Fail("lsoa11cd", $"{code} appears more than once");
            }
        }

        var missing = expectedLsoas.FirstOrDefault(c => !rows.ContainsKey(c));
        if (missing is not null)
        {
            throw new ReferenceDataException(EthnicityFile, $"LSOA {missing} has no ethnicity row");
        }

        return rows;
    }

    private static void ExpectCount(string file, int actual, int expected, string what)
    {
        if (actual != expected)
        {
            throw new ReferenceDataException(file, $"expected {expected:N0} {what}, found {actual:N0}. The file is truncated or is not the IoD2019 / July 2022 release HealthGap ships.");
        }
    }

    private static int DecileOfRank(int rank) => (int)Math.Ceiling(rank * 10.0 / EnglishLsoaCount);

    private static T Intern<T>(Dictionary<T, T> pool, T value)
        where T : notnull
    {
        if (pool.TryGetValue(value, out var existing))
        {
            return existing;
        }

        pool[value] = value;
        return value;
    }

    [GeneratedRegex("^E01[0-9]{6}$")]
    private static partial Regex LsoaCode();

    [GeneratedRegex("^E38[0-9]{6}$")]
    private static partial Regex SubIcbCode();

    [GeneratedRegex("^E54[0-9]{6}$")]
    private static partial Regex IcbCode();

    [GeneratedRegex("^E40[0-9]{6}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^E0[6-9][0-9]{6}$")]
    private static partial Regex LadCode();

    [GeneratedRegex("^[A-Z0-9]{3,5}$")]
    private static partial Regex OdsCode();

    private sealed record ImdRow(string Code, string Name, double Score, int Rank, int Decile, DomainDeciles Domains, LsoaPopulation Population);

    private sealed record LookupRow(CodedArea SubIcb, CodedArea Icb, CodedArea Region, AreaName Lad);
}
