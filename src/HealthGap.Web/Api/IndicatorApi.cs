using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthGap.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: indicators, their gated figures and the inequality summaries.
/// It serves exactly what the report published (already through the disclosure gate) and nothing
/// finer; the OpenAPI document is at <c>/api/openapi/v1.json</c>.
/// </summary>
internal static class IndicatorApi
{
    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("HealthGap").AddEndpointFilter(DataSourceHeader.Filter);
        api.MapGet("/indicators", (ResultsProvider results) => TypedResults.Ok(Summaries(results.Current)))
            .WithName("ListIndicators").WithSummary("Every indicator with results, and its definition.");
        api.MapGet("/indicators/{id}", GetIndicator)
            .WithName("GetIndicator").WithSummary("An indicator's gated figures; filter with area, area_type, period and breakdown.");
        api.MapGet("/inequalities", ListInequalities)
            .WithName("ListInequalities").WithSummary("Slope and relative index of inequality, gaps and Core20 ratios; filter with indicator, area, area_type and period.");
        api.MapGet("/areas", (ResultsProvider results) =>
                TypedResults.Ok(results.Current.Areas.Select(a => new AreaDto(a.Type, a.Code, a.Name)).ToArray()))
            .WithName("ListAreas").WithSummary("The ICB, places and PCNs with results.");
        return app;
    }

    private static Results<Ok<InequalitySummary[]>, ProblemHttpResult> ListInequalities(ResultsProvider results, HttpRequest request)
    {
        var set = results.Current;
        var filter = ValueFilter.From(request);
        return filter.PeriodProblem(set) is { } problem
            ? BadPeriod(problem)
            : TypedResults.Ok(filter.Apply(set.Inequalities, set).ToArray());
    }

    private static ProblemHttpResult BadPeriod(string problem) =>
        TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No results for that period");

    private static Results<Ok<IndicatorValuesDto>, ProblemHttpResult> GetIndicator(string id, ResultsProvider results, HttpRequest request)
    {
        var set = results.Current;
        var definition = set.Indicators.FirstOrDefault(d => d.Id == id);
        if (definition is null)
        {
            return TypedResults.Problem($"No indicator '{id}'. Known: {string.Join(", ", set.Indicators.Select(d => d.Id))}.", statusCode: StatusCodes.Status404NotFound, title: "No such indicator");
        }

        var filter = ValueFilter.From(request) with { Indicator = id };
        if (filter.PeriodProblem(set) is { } problem)
        {
            return BadPeriod(problem);
        }

        var values = filter.Apply(set).Select(IndicatorValueDto.From).ToArray();
        return TypedResults.Ok(new IndicatorValuesDto(Summary(set, definition), $"{set.Policy.Name} {set.Policy.Version}", set.DataSourceName, values));
    }

    private static IndicatorSummaryDto[] Summaries(ResultSet set) => set.Indicators.Select(d => Summary(set, d)).ToArray();

    private static IndicatorSummaryDto Summary(ResultSet set, CatalogueEntry d) => new(
        d.Id, d.Title, d.Description, d.Rationale, d.Source, d.MeasureName, d.Multiplier, d.PolarityName, d.Target?.Value,
        set.Values.Where(v => v.IndicatorId == d.Id).Select(v => v.Period).Distinct().Order(ResultPeriods.Chronological).Select(p => p.Key).ToArray(), set.DataSourceName);
}
