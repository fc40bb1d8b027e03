using System.Text;
using HealthGap.Core.Export;
using HealthGap.Web.Charts;
using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>
/// CSV downloads under <c>/download</c>, one beside every table: the same columns as the report's
/// files, filtered by the same query string as the page, and a last column <c>data_source</c> saying what
/// the figures were computed from (<c>synthetic</c> for invented people). Suppressed figures stay empty
/// with <c>suppressed=true</c>. Every cell goes through <see cref="CsvField"/> (quoting, and text that a
/// spreadsheet could run as a formula is neutralised).
/// </summary>
internal static class CsvDownloads
{
    private static readonly string[] ValueColumns =
        ["indicator_id", "period_start", "period_end", "area_type", "area_code", "area_name", "breakdown", "group",
         "numerator", "denominator", "value", "lowercl", "uppercl", "statistic", "method", "suppressed", "data_source"];

    private static readonly string[] InequalityColumns =
        ["indicator_id", "period", "area_type", "area_code", "sii", "sii_lowercl", "sii_uppercl", "rii", "rii_lowercl", "rii_uppercl",
         "gap_absolute", "gap_relative", "core20_ratio", "core20_ratio_lowercl", "core20_ratio_uppercl", "data_source"];

    public static IEndpointRouteBuilder MapCsvDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/download/indicators.csv", (ResultsProvider results, HttpRequest request) =>
            Filtered(results.Current, request, (set, filter) => Csv("healthgap-indicators.csv", ValueColumns, filter.Apply(set).Select(v => ValueRow(v, set.DataSourceName)))))
            .ExcludeFromDescription();
        app.MapGet("/download/inequalities.csv", (ResultsProvider results, HttpRequest request) =>
            Filtered(results.Current, request, (set, filter) => Csv("healthgap-inequalities.csv", InequalityColumns, filter.Apply(set.Inequalities, set).Select(i => InequalityRow(i, set.DataSourceName)))))
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


    private static string[] ValueRow(IndicatorValue v, string dataSource) =>
    [
        v.IndicatorId, v.Period.Key[..10], v.Period.Key[11..], v.AreaType, v.AreaCode, v.AreaName, v.Breakdown, v.Group,
        v.Suppressed ? "" : Format.Csv(v.Numerator), v.Suppressed ? "" : Format.Csv(v.Denominator),
        v.Suppressed ? "" : Format.Csv(v.Value), v.Suppressed ? "" : Format.Csv(v.LowerCl), v.Suppressed ? "" : Format.Csv(v.UpperCl),
        v.Statistic, v.Method, v.Suppressed ? "true" : "false", dataSource,
    ];

    private static string[] InequalityRow(InequalitySummary i, string dataSource) =>
    [
        i.IndicatorId, i.Period, i.AreaType, i.AreaCode, Format.Csv(i.Sii), Format.Csv(i.SiiLowerCl), Format.Csv(i.SiiUpperCl),
        Format.Csv(i.Rii), Format.Csv(i.RiiLowerCl), Format.Csv(i.RiiUpperCl), Format.Csv(i.GapAbsolute), Format.Csv(i.GapRelative),
        Format.Csv(i.Core20Ratio), Format.Csv(i.Core20RatioLowerCl), Format.Csv(i.Core20RatioUpperCl), dataSource,
    ];
}
