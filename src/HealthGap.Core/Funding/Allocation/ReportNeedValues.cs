using System.Globalization;
using Sylvan.Data.Csv;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Need-index values taken from HealthGap's own report (<c>indicators.csv</c> written by
/// <c>healthgap report</c>): for each named indicator, the all-persons value (breakdown <c>all</c>, group
/// <c>All</c>, in any case) of its latest period, per area. The area type (place, sub_icb, pcn...) is the one whose
/// codes are the areas being funded. Polarity comes from <c>catalogue.json</c> beside the file: for a
/// lower-is-better indicator (emergency admissions) a higher value is more need; for a higher-is-better
/// one (screening uptake) a lower value is. A value hidden by the disclosure gate is an error, never a 0.
/// </summary>
internal sealed class ReportNeedValues : INeedValues
{
    private static readonly string[] Required = ["indicator_id", "period_start", "period_end", "area_type", "area_code", "breakdown", "group", "value", "suppressed"];

    private readonly string[] _indicators;
    private readonly bool[] _higherIsBetter;
    private readonly string[] _periods;

    // area type → area code → (line, value or null when suppressed) per indicator, latest period only.
    private readonly Dictionary<string, Dictionary<string, (long Line, decimal? Value)?[]>> _areas;

    private ReportNeedValues(string path, string[] indicators, bool[] higherIsBetter, string[] periods, Dictionary<string, Dictionary<string, (long Line, decimal? Value)?[]>> areas)
    {
        FileName = Path.GetFileName(path);
        Sha256 = FundingCsv.Sha256(path);
        _indicators = indicators;
        _higherIsBetter = higherIsBetter;
        _periods = periods;
        _areas = areas;
    }

    public string FileName { get; }

    public string Sha256 { get; }

    public IReadOnlyList<string> Indicators => _indicators;

    public bool HigherIsBetter(int k) => _higherIsBetter[k];

    public string Source(int k) => _periods[k];

    /// <summary>Reads the indicators named in <paramref name="weights"/> from a report's indicators.csv.</summary>
    public static ReportNeedValues Read(string path, IReadOnlyDictionary<string, decimal>? weights)
    {
        if (weights is null || weights.Count == 0)
        {
            throw new FundingInputException("--need-from-report needs the indicators and their weights: --indicator-weight ID=WEIGHT for each, e.g. --indicator-weight dsr_emergency_adm=0.6 --indicator-weight dsr_acsc_chronic=0.4.");
        }

        if (!File.Exists(path))
        {
            throw new FundingInputException($"{path}: file not found. Give the indicators.csv written by 'healthgap report' (e.g. ./healthgap-data/results/indicators.csv).");
        }

        var indicators = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var polarity = ReportCatalogue.HigherIsBetter(path, indicators);
        var rows = ReadAllPersonsRows(path, indicators);
        var periods = new string[indicators.Length];
        var areas = new Dictionary<string, Dictionary<string, (long Line, decimal? Value)?[]>>(StringComparer.Ordinal);
        for (var k = 0; k < indicators.Length; k++)
        {
            var mine = rows.Where(r => r.Indicator == k).ToArray();
            if (mine.Length == 0)
            {
                throw new FundingInputException($"{Path.GetFileName(path)}: indicator '{indicators[k]}' has no all-persons rows. Check the id (see catalogue.json) or run 'healthgap report' for it.");
            }

            var latest = mine.Select(r => r.Period).Order(StringComparer.Ordinal).Last();
            periods[k] = latest;
            foreach (var row in mine.Where(r => r.Period == latest))
            {
                var byCode = areas.TryGetValue(row.AreaType, out var found) ? found : areas[row.AreaType] = new(StringComparer.OrdinalIgnoreCase);
                var values = byCode.TryGetValue(row.AreaCode, out var v) ? v : byCode[row.AreaCode] = new (long Line, decimal? Value)?[indicators.Length];
                if (values[k] is { } earlier)
                {
                    throw new FundingInputException(Path.GetFileName(path), row.Line, "area_code", $"'{row.AreaCode}' has two all-persons rows for {indicators[k]} {latest} (the other on line {earlier.Line}).");
                }

                values[k] = (row.Line, row.Value);
            }
        }

        return new ReportNeedValues(path, indicators, polarity, periods, areas);
    }

    public decimal[][] Match(IReadOnlyList<AllocationUnit> units)
    {
        // The area type whose codes are the funded areas: codes differ between types (E07…, 01K, U…).
        var (type, byCode) = _areas.OrderByDescending(a => units.Count(u => a.Value.ContainsKey(u.Code))).ThenBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault();
        var result = new decimal[units.Count][];
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var values = byCode is not null && byCode.TryGetValue(unit.Code, out var v) ? v : null;
            result[i] = new decimal[_indicators.Length];
            for (var k = 0; k < _indicators.Length; k++)
            {
                result[i][k] = values?[k] switch
                {
                    null => throw new FundingInputException(
                        $"{FileName}: no all-persons value of {_indicators[k]} ({_periods[k]}) for {unit.Code} ({unit.Name}); the closest area type in the report is '{type}'. " +
                        "Run 'healthgap report' for this ICB with that area type, or choose the --level the report covers (place, sub-icb; pcn with --groups using PCN codes)."),
                    { Value: null } cell => throw new FundingInputException(FileName, cell.Line, "value",
                        $"{_indicators[k]} for {unit.Code} ({unit.Name}) in {_periods[k]} was suppressed by the disclosure gate (too few people to publish) or is not available, so it cannot set that area's need. " +
                        "Leave the indicator out, fund at a larger level (e.g. places rather than PCNs), or give values with --weights FILE.csv."),
                    { Value: { } value } => value,
                };
            }
        }

        return result;
    }

    private static List<(int Indicator, string Period, string AreaType, string AreaCode, long Line, decimal? Value)> ReadAllPersonsRows(string path, string[] indicators)
    {
        var file = Path.GetFileName(path);
        var rows = new List<(int, string, string, string, long, decimal?)>();
        try
        {
            using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
            var missing = Required.FirstOrDefault(c => !Enumerable.Range(0, reader.FieldCount).Any(i => reader.GetName(i) == c));
            if (missing is not null)
            {
                throw new FundingInputException(file, 1, missing, "required column missing: this does not look like the indicators.csv written by 'healthgap report'.");
            }

            int Col(string name) => reader.GetOrdinal(name);
            var (id, start, end, type, code, breakdown, group, value, suppressed) =
                (Col("indicator_id"), Col("period_start"), Col("period_end"), Col("area_type"), Col("area_code"), Col("breakdown"), Col("group"), Col("value"), Col("suppressed"));
            long line = 1;
            while (reader.Read())
            {
                line++;
                var k = Array.IndexOf(indicators, reader.GetString(id));
                if (k < 0 || !reader.GetString(breakdown).Equals("all", StringComparison.OrdinalIgnoreCase) || !reader.GetString(group).Equals("all", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var hidden = reader.GetString(suppressed).Equals("true", StringComparison.OrdinalIgnoreCase);
                var text = reader.GetString(value);
                decimal? number = null;
                if (!hidden && text.Length > 0 && text != "[c]")
                {
                    number = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed
                        : throw new FundingInputException(file, line, "value", $"'{text}' is not a number of 0 or more.");
                }

                rows.Add((k, reader.GetString(start) + "/" + reader.GetString(end), reader.GetString(type), reader.GetString(code), line, number));
            }
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException)
        {
            throw new FundingInputException($"{file}: cannot be read as CSV: {ex.Message}", ex);
        }

        return rows;
    }
}
