using System.Text;
using HealthGap.Core.Export;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>
/// CSV downloads under <c>/download</c>, one beside every table: the report's own tables (Core's
/// <see cref="ReportFolder"/> columns, quoting and number format), filtered by the same query string as
/// the page, plus a last column <c>data_source</c> saying what the figures were computed from
/// (<c>synthetic</c> for invented people). Suppressed figures stay empty with <c>suppressed=true</c> and
/// <c>hidden_reason</c> saying why. Every cell goes through <see cref="CsvField"/> (quoting, and text
/// that a spreadsheet could run as a formula is neutralised).
/// </summary>
internal static class CsvDownloads
{
    private static readonly ReportColumn DataSourceColumn = new("data_source", ReportColumnType.Text);
    private static readonly ReportTable ValueTable = ReportFolder.Indicators.With(DataSourceColumn);
    private static readonly ReportTable InequalityTable = ReportFolder.Inequalities.With(DataSourceColumn);

    public static IEndpointRouteBuilder MapCsvDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/download/indicators.csv", (ResultsProvider results, HttpRequest request) =>
            Filtered(results.Current, request, (set, filter) => Table("healthgap-indicators.csv", ValueTable, filter.Apply(set), (v, w) => ValueRow(v, set.DataSourceName, w))))
            .ExcludeFromDescription();
        app.MapGet("/download/inequalities.csv", (ResultsProvider results, HttpRequest request) =>
            Filtered(results.Current, request, (set, filter) => Table("healthgap-inequalities.csv", InequalityTable, filter.Apply(set.Inequalities, set), (i, w) => InequalityRow(i, set.DataSourceName, w))))
            .ExcludeFromDescription();
        app.MapGet("/download/waiting-list/{name}", (string name, WaitingListResults waiting) =>
            waiting.PathOf(name) is { } path ? (IResult)TypedResults.PhysicalFile(path, "text/csv; charset=utf-8", name) : TypedResults.NotFound())
            .ExcludeFromDescription();
        ReferenceDownloads.Map(app);
        return app;
    }

    // A period the results do not have is the asker's mistake (400, with the periods there are), not an empty file.
    private static IResult Filtered(ResultSet set, HttpRequest request, Func<ResultSet, ValueFilter, IResult> write)
    {
        var filter = ValueFilter.From(request);
        request.HttpContext.Response.Headers[DataSourceHeader.Name] = set.DataSourceName;
        return filter.PeriodProblem(set) is { } problem ? TypedResults.BadRequest(problem) : write(set, filter);
    }

    internal static IResult Csv(string fileName, string[] columns, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(CsvField.Escape)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", fileName);
    }


    // A report table's rows, cell by cell through Core's CSV writer of that table.
    private static IResult Table<T>(string fileName, ReportTable table, IEnumerable<T> rows, Action<T, ReportTableWriter> write)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = ReportFolder.CsvWriter(text, table))
        {
            foreach (var row in rows)
            {
                write(row, csv);
            }
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", fileName);
    }

    private static void ValueRow(IndicatorValue v, string dataSource, ReportTableWriter w)
    {
        w.Text(v.IndicatorId);
        w.Date(v.Period.Start);
        w.Date(v.Period.End);
        w.WholeNumber(v.Period.Parts.Count);
        w.Text(v.AreaType);
        w.Text(v.AreaCode);
        w.Text(v.AreaName);
        w.Text(v.Breakdown);
        w.Text(v.Group);
        w.WholeNumber(v.Suppressed ? null : (long?)v.Numerator);
        w.WholeNumber(v.Suppressed ? null : (long?)v.Denominator);
        w.Number(v.Suppressed ? null : v.Value);
        w.Number(v.Suppressed ? null : v.LowerCl);
        w.Number(v.Suppressed ? null : v.UpperCl);
        w.Text(v.Statistic);
        w.Text(v.Method);
        w.Flag(v.Suppressed);
        w.Text(v.NoValueReason);
        w.Text(dataSource);
        w.EndRow();
    }

    private static void InequalityRow(InequalitySummary i, string dataSource, ReportTableWriter w)
    {
        w.Text(i.IndicatorId);
        w.Text(i.Period);
        w.Text(i.AreaType);
        w.Text(i.AreaCode);
        foreach (var figure in (double?[])[i.Sii, i.SiiLowerCl, i.SiiUpperCl, i.Rii, i.RiiLowerCl, i.RiiUpperCl, i.GapAbsolute, i.GapRelative, i.Core20Ratio, i.Core20RatioLowerCl, i.Core20RatioUpperCl])
        {
            w.Number(figure);
        }

        w.Text(i.SiiQuantiles);
        foreach (var figure in (double?[])[i.Par, i.ParLowerCl, i.ParUpperCl, i.ParPercent, i.ParPercentLowerCl, i.ParPercentUpperCl])
        {
            w.Number(figure);
        }

        w.Text(i.DeprivationHiddenReason);
        w.Number(i.Core20Difference);
        w.Number(i.Core20DifferenceLowerCl);
        w.Number(i.Core20DifferenceUpperCl);
        w.Text(i.Core20HiddenReason);
        w.Text(i.GapTrend);
        w.Text(i.GapTrendSince);
        w.Number(i.GapTrendP);
        w.Text(i.ValueTrend);
        w.Text(i.ValueTrendMethod);
        w.Number(i.ValueTrendP);
        w.Text(dataSource);
        w.EndRow();
    }
}
