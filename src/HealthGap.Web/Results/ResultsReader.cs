using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Results;

/// <summary>
/// Reads the folder <c>healthgap report</c> writes, through Core's <see cref="ReportFolder"/> (the one
/// owner of its format): indicators.csv and inequalities.csv a row at a time, catalogue.json,
/// policy.json and metadata.json. It trusts that the figures passed the disclosure gate and never
/// recomputes them; a damaged file is a <see cref="ResultsException"/> naming the file, line and column.
/// </summary>
internal static class ResultsReader
{
    /// <summary>The file whose change means a new report (the web app re-reads the folder then).</summary>
    public static readonly string IndicatorsFile = ReportFolder.Indicators.CsvFile;

    /// <summary>Reads a results folder; a missing folder or file gives an empty set, a damaged one throws <see cref="ResultsException"/>.</summary>
    public static ResultSet Read(string directory)
    {
        if (!File.Exists(Path.Combine(directory, IndicatorsFile)))
        {
            return ResultSet.Empty(directory);
        }

        try
        {
            var values = ReadTable(directory, ReportFolder.Indicators, ReadValue);
            var inequalities = File.Exists(Path.Combine(directory, ReportFolder.Inequalities.CsvFile)) ? ReadTable(directory, ReportFolder.Inequalities, ReadInequality) : [];
            var adjusted = File.Exists(Path.Combine(directory, ReportFolder.Adjusted.CsvFile)) ? ReadTable(directory, ReportFolder.Adjusted, ReadAdjusted) : [];
            return new ResultSet(
                directory, values, inequalities, ReportFolder.ReadCatalogue(directory), ReportFolder.ReadPolicy(directory), ReportFolder.ReadSource(directory))
            {
                Adjusted = adjusted,
            };
        }
        catch (ReportFolderException ex)
        {
            throw new ResultsException(ex.Message);
        }
    }

    private static List<T> ReadTable<T>(string directory, ReportTable table, Func<ReportTableReader, PeriodPool, T> read)
    {
        using var reader = ReportTableReader.Open(directory, table);
        var periods = new PeriodPool();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader, periods));
        }

        return list;
    }

    private static IndicatorValue ReadValue(ReportTableReader r, PeriodPool periods) => new()
    {
        IndicatorId = r.Text("indicator_id"),
        Period = periods.Get(r.Date("period_start"), r.Date("period_end")),
        AreaType = r.Text("area_type"),
        AreaCode = r.Text("area_code"),
        AreaName = r.Text("area_name"),
        Breakdown = r.Text("breakdown"),
        Group = r.Text("group"),
        Numerator = r.Number("numerator"),
        Denominator = r.Number("denominator"),
        Value = r.Number("value"),
        LowerCl = r.Number("lowercl"),
        UpperCl = r.Number("uppercl"),
        Statistic = r.Text("statistic"),
        Method = r.Text("method"),
        Suppressed = r.Flag("suppressed"),
        HiddenReason = r.Has("hidden_reason") ? r.Text("hidden_reason") : "",
    };

    private static InequalitySummary ReadInequality(ReportTableReader r, PeriodPool periods) => new()
    {
        IndicatorId = r.Text("indicator_id"),
        Period = r.Text("period"),
        AreaType = r.Text("area_type"),
        AreaCode = r.Text("area_code"),
        Sii = r.Number("sii"),
        SiiLowerCl = r.Number("sii_lowercl"),
        SiiUpperCl = r.Number("sii_uppercl"),
        Rii = r.Number("rii"),
        RiiLowerCl = r.Number("rii_lowercl"),
        RiiUpperCl = r.Number("rii_uppercl"),
        GapAbsolute = r.Number("gap_absolute"),
        GapRelative = r.Number("gap_relative"),
        Core20Ratio = r.Number("core20_ratio"),
        Core20RatioLowerCl = r.Number("core20_ratio_lowercl"),
        Core20RatioUpperCl = r.Number("core20_ratio_uppercl"),
        SiiQuantiles = r.Has("sii_quantiles") ? r.Text("sii_quantiles") : "",
        // Added in format version 2: an older report has none of them (no figure, no trend).
        Par = Optional(r, "par"),
        ParLowerCl = Optional(r, "par_lowercl"),
        ParUpperCl = Optional(r, "par_uppercl"),
        ParPercent = Optional(r, "par_percent"),
        ParPercentLowerCl = Optional(r, "par_percent_lowercl"),
        ParPercentUpperCl = Optional(r, "par_percent_uppercl"),
        DeprivationHiddenReason = OptionalText(r, "deprivation_hidden_reason"),
        Core20Difference = Optional(r, "core20_difference"),
        Core20DifferenceLowerCl = Optional(r, "core20_difference_lowercl"),
        Core20DifferenceUpperCl = Optional(r, "core20_difference_uppercl"),
        Core20HiddenReason = OptionalText(r, "core20_hidden_reason"),
        GapTrend = OptionalText(r, "gap_trend"),
        GapTrendSince = OptionalText(r, "gap_trend_since"),
        GapTrendP = Optional(r, "gap_trend_p"),
        ValueTrend = OptionalText(r, "value_trend"),
        ValueTrendMethod = OptionalText(r, "value_trend_method"),
        ValueTrendP = Optional(r, "value_trend_p"),
    };

    private static double? Optional(ReportTableReader r, string column) => r.Has(column) ? r.Number(column) : null;

    private static string OptionalText(ReportTableReader r, string column) => r.Has(column) ? r.Text(column) : "";
    private static AdjustedValue ReadAdjusted(ReportTableReader r, PeriodPool periods) => new()
    {
        IndicatorId = r.Text("indicator_id"),
        Period = periods.Get(r.Date("period_start"), r.Date("period_end")),
        AreaType = r.Text("area_type"),
        AreaCode = r.Text("area_code"),
        Breakdown = r.Text("breakdown"),
        Group = r.Text("group"),
        Observed = r.Number("observed"),
        Expected = r.Number("expected"),
        Ratio = r.Number("ratio"),
        LowerCl = r.Number("lowercl"),
        UpperCl = r.Number("uppercl"),
        CrudeRatio = r.Number("crude_ratio"),
        Method = r.Text("method"),
        Suppressed = r.Flag("suppressed"),
        HiddenReason = r.Text("hidden_reason"),
    };

    /// <summary>One <see cref="ReportingPeriod"/> per distinct pair of dates, shared by every row of it.</summary>
    private sealed class PeriodPool
    {
        private readonly Dictionary<(DateOnly, DateOnly), ReportingPeriod> _periods = [];

        public ReportingPeriod Get(DateOnly start, DateOnly end)
        {
            if (!_periods.TryGetValue((start, end), out var period))
            {
                _periods[(start, end)] = period = ResultPeriods.From(start, end);
            }

            return period;
        }
    }
}
