using HealthGap.Web.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthGap.Web.Api;

/// <summary>
/// <c>/api/adjusted</c>: each group compared with its area after allowing for deprivation (IMD quintile), age band and
/// sex — observed, expected, the indirectly standardised ratio with its 95% limits and the crude ratio — exactly as the
/// report published them (a hidden comparison is null with <c>suppressed: true</c>). Filters: indicator, area,
/// area_type, period, breakdown.
/// </summary>
internal static class AdjustedApi
{
    public static IEndpointRouteBuilder MapAdjustedApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("HealthGap").AddEndpointFilter(DataSourceHeader.Filter)
            .MapGet("/adjusted", List)
            .WithName("ListAdjustedComparisons")
            .WithSummary("Groups compared with their area after allowing for deprivation, age and sex (indirect standardisation); filter with indicator, area, area_type, period and breakdown.");
        return app;
    }

    private static Results<Ok<AdjustedDto[]>, ProblemHttpResult> List(ResultsProvider results, HttpRequest request)
    {
        var set = results.Current;
        var filter = ValueFilter.From(request);
        if (filter.PeriodProblem(set) is { } problem)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No results for that period");
        }

        var period = filter.Period is null ? null : set.Period(filter.Period);
        return TypedResults.Ok(set.Adjusted.Where(a =>
                (filter.Indicator is null || a.IndicatorId == filter.Indicator)
                && (filter.Area is null || string.Equals(a.AreaCode, filter.Area, StringComparison.OrdinalIgnoreCase))
                && (filter.AreaType is null || a.AreaType == filter.AreaType)
                && (filter.Period is null || a.Period == period)
                && (filter.Breakdown is null || a.Breakdown == filter.Breakdown))
            .Select(AdjustedDto.From).ToArray());
    }
}
