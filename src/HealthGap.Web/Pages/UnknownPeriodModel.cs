using HealthGap.Core.Indicators.Engine;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// A <c>?period=</c> the results do not have: the page answers 400 with the periods they do have,
/// each a link to <paramref name="Path"/> for that period.
/// </summary>
internal sealed record UnknownPeriodModel(string Asked, IReadOnlyList<ReportingPeriod> Valid, string Path)
{
    /// <summary>The problem when <paramref name="asked"/> names no period of <paramref name="valid"/>; null when it is empty or matches.</summary>
    public static UnknownPeriodModel? Check(string? asked, IReadOnlyList<ReportingPeriod> valid, string path) =>
        string.IsNullOrWhiteSpace(asked) || valid.Count == 0 || valid.Any(p => p.Matches(asked)) ? null : new(asked.Trim(), valid, path);
}
