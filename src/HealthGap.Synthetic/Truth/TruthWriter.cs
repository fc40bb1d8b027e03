using System.Globalization;
using System.Text.Json;
using HealthGap.Synthetic.Dirty;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Truth;

/// <summary>
/// Writes <c>truth.json</c>: the run's settings, the NHS number ranges used (marked synthetic), the
/// deliberate imperfections counted per file and kind, and every planted inequality as the value
/// an analysis of the extracts should observe, per group, with its definition and tolerance.
/// </summary>
internal static class TruthWriter
{
    public static void Write(string path, SynthContext context, TruthTally tally, long[,] dirt, DirtOwners owners, long people)
    {
        var o = context.Options;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("generator", "healthgap synth");
        json.WriteString("about", "Synthetic data: every person is invented. Values are what an analysis of these extracts should observe; see docs/synthetic.md.");
        json.WriteString("icb", context.Icb.Icb.OdsCode);
        json.WriteString("icb_name", context.Icb.Icb.Name);
        json.WriteNumber("scale", o.Scale);
        json.WriteNumber("seed", o.Seed);
        json.WriteString("from", Date(o.From));
        json.WriteString("to", Date(o.To));
        json.WriteString("reference_date", Date(o.To));
        json.WriteNumber("people", people);
        json.WriteNumber("practices", context.Practices.All.Count);
        json.WriteNumber("pcns", context.Practices.All.Select(p => p.PcnCode).Distinct().Count());
        WriteNhsNumbers(json, context);
        WriteDirt(json, o.Dirty, dirt, owners);
        json.WriteStartArray("planted");
        var yearBefore = Date(o.To.AddYears(-1));
        var campaign = Date(new DateOnly(o.To.Month >= 9 ? o.To.Year : o.To.Year - 1, 9, 1));
        foreach (var indicator in TruthCatalogue.All(Date(o.From), Date(o.To), yearBefore, campaign))
        {
            TruthIndicators.WriteTallied(json, indicator, tally, context.Planted);
        }

        TruthIndicators.WriteWaits(json, tally, context.Planted, o);
        TruthIndicators.WriteLifeExpectancy(json, context);
        AdjustedTruth.Write(json, context.Planted, Date(o.From), Date(o.To));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNhsNumbers(Utf8JsonWriter json, SynthContext context)
    {
        json.WriteStartObject("nhs_numbers");
        json.WriteBoolean("synthetic", true);
        json.WriteString("test_range", "9990000000-9999999999");
        json.WriteString("rule", "Every number is valid under Modulus 11. People take the valid numbers of block 999 in order; beyond about 904,000 people they overflow into blocks 998, 997, ... (ranges 9980000000-9989999999 and so on), which this file marks as synthetic.");
        json.WriteStartArray("ranges_used");
        foreach (var block in context.NhsNumbers.BlocksUsed)
        {
            json.WriteStringValue($"{block.ToString(CultureInfo.InvariantCulture)}0000000-{block.ToString(CultureInfo.InvariantCulture)}9999999");
        }

        json.WriteEndArray();
        json.WriteBoolean("overflow_used", context.NhsNumbers.BlocksUsed.Count > 1);
        json.WriteString("unregistered_pool", $"The last {NhsNumbers.UnregisteredPool} valid numbers of the 999 block are never registered; dirt rows of kind unregistered_person use them.");
        json.WriteEndObject();
    }

    private static void WriteDirt(Utf8JsonWriter json, double rate, long[,] dirt, DirtOwners owners)
    {
        var kinds = Enum.GetValues<DirtKind>();
        json.WriteStartObject("dirt");
        json.WriteNumber("rate", rate);
        json.WriteString("how", "Each row (except gp_practices.csv) is damaged with probability 'rate' by one kind that fits its feed; registrations only get exact duplicates. Malformed lines have two fields too few (or extra fields on opt_outs.csv). Duplicates are extra rows; the other kinds replace the row.");
        json.WriteNumber("total", dirt.Cast<long>().Sum());
        json.WriteStartObject("by_kind");
        foreach (var kind in kinds)
        {
            json.WriteNumber(KindName(kind), Enumerable.Range(0, dirt.GetLength(0)).Sum(f => dirt[f, (int)kind]));
        }

        json.WriteEndObject();
        WriteByFile(json, "by_file", dirt);
        json.WriteString("opted_out_how", "Of the counts above, rows that still carry the NHS number of a person whose opt_outs.csv line is intact (unknown_lsoa, impossible_date, exact_duplicate; not on opt_outs.csv itself). Ingest drops these with the rest of the person's rows: they are not quarantined.");
        WriteByFile(json, "opted_out_by_file", owners.OnOptedOutPeople());
        json.WriteString("without_nhs_number_how", "Of the counts above, rows whose NHS number was empty before the damage (council and VCSE rows, linked by date of birth + sex + LSOA): a duplicate of one is a duplicate only if the original links to exactly one person who has not opted out.");
        WriteByFile(json, "without_nhs_number_by_file", owners.WithoutNhsNumber);
        json.WriteEndObject();
    }

    private static void WriteByFile(Utf8JsonWriter json, string name, long[,] counts)
    {
        json.WriteStartObject(name);
        foreach (var layout in FeedLayout.All)
        {
            json.WriteStartObject(layout.FileName);
            foreach (var kind in Enum.GetValues<DirtKind>())
            {
                json.WriteNumber(KindName(kind), counts[(int)layout.Feed, (int)kind]);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static string KindName(DirtKind kind) => kind switch
    {
        DirtKind.InvalidNhsNumber => "invalid_nhs_number",
        DirtKind.UnknownLsoa => "unknown_lsoa",
        DirtKind.ImpossibleDate => "impossible_date",
        DirtKind.ExactDuplicate => "exact_duplicate",
        DirtKind.UnregisteredPerson => "unregistered_person",
        _ => "malformed_line",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
