using System.Text;
using HealthGap.Web.Charts;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Core.WaitingList.Report;

namespace HealthGap.Web.Reports;

/// <summary>The sections of <see cref="WaitingListReport"/>, each a chart beside its data table.</summary>
internal static class WaitingListSections
{
    public static string AtAGlance(PublishedWaitingList published)
    {
        var all = published.Open.First(s => s.Breakdown == WaitingListBreakdowns.All.Id);
        return $"""
            <section id="glance"><h2>At a glance</h2><ul class="figures">
            <li><strong class="count">{ReportFormat.Count(all.Pathways)}</strong>people waiting (open pathways)</li>
            <li><strong>{ReportFormat.Number(all.Median?.Weeks, 1)}</strong>median weeks waited</li>
            <li><strong>{ReportFormat.Number(all.Percentile92?.Weeks, 1)}</strong>weeks waited by the 92nd percentile</li>
            <li><strong>{ReportFormat.Number(all.Over[0].Percent, 1)}%</strong>waiting over 18 weeks</li>
            <li><strong>{ReportFormat.Number(all.Over[1].Percent, 1)}%</strong>waiting over 52 weeks</li>
            <li><strong>{ReportFormat.Number(all.Over[2].Percent, 1)}%</strong>waiting over 65 weeks</li>
            </ul></section>
            """;
    }

    public static string Statements(PublishedWaitingList published)
    {
        var statements = GapStatements.Biggest(published);
        var html = new StringBuilder("<section id=\"summary\"><h2>Who waits longer, after allowing for specialty</h2>");
        if (statements.Count == 0)
        {
            html.Append("<p>No group waited clearly longer than its comparison group once specialty and priority were allowed for.</p>");
        }
        else
        {
            html.Append("<ol class=\"statements\">");
            foreach (var statement in statements)
            {
                html.Append($"<li>{ReportHtml.Encode(statement.Text)}</li>");
            }

            html.Append("</ol>");
        }

        return html.Append("<p>Ratios compare typical waits within the same treatment function and priority; see <a href=\"#method\">how these figures were made</a>.</p></section>").ToString();
    }

    public static string Gaps(PublishedWaitingList published)
    {
        var html = new StringBuilder("<section id=\"gaps\"><h2>Gaps by group: crude and adjusted for specialty</h2>");
        html.Append("<p>Each group's typical wait divided by the reference group's. Grey: crude. Blue: allowing for treatment function and priority (red when the interval excludes 1).</p>");
        foreach (var breakdown in WaitingListBreakdowns.Base)
        {
            var gaps = published.OpenGaps.Where(g => g.Breakdown == breakdown.Id).ToArray();
            html.Append($"<h3>{ReportHtml.Encode(breakdown.Title)}</h3>");
            html.Append(GapForestPlot.Render(breakdown, gaps));
            html.Append(WaitingListTables.Gaps($"{breakdown.Title}: ratio of typical waits against {breakdown.Reference.Label}", gaps));
        }

        return html.Append("</section>").ToString();
    }

    public static string Distributions(PublishedWaitingList published)
    {
        var html = new StringBuilder("<section id=\"distributions\"><h2>How long each group has waited</h2>");
        foreach (var breakdown in WaitingListBreakdowns.Base)
        {
            var rows = published.Open.Where(s => s.Breakdown == breakdown.Id).ToArray();
            html.Append($"<h3>{ReportHtml.Encode(breakdown.Title)}</h3>");
            html.Append(WaitDistributionChart.Render(breakdown, rows));
            html.Append(WaitingListTables.Waits($"{breakdown.Title}: open pathways at the snapshot", rows, withLongWaits: true));
        }

        return html.Append("</section>").ToString();
    }

    public static string WithinSpecialty(PublishedWaitingList published)
    {
        // With hundreds of comparisons some look clear by chance, so only groups whose adjusted gap
        // across all specialties is clear, in the same direction, are listed.
        var clearGaps = published.OpenGaps.Where(g => g.Adjusted is { IsSignificant: true }).ToDictionary(g => (g.Breakdown, g.Group), g => g.Adjusted!.Ratio > 1);
        var clear = published.WithinSpecialty
            .Where(c => c.Group != "Unknown" && c.Difference is { IsSignificant: true })
            .Where(c => clearGaps.TryGetValue((c.Breakdown, c.Group), out var longer) && longer == c.Difference!.Weeks > 0)
            .OrderByDescending(c => Math.Abs(c.Difference!.Weeks ?? 0))
            .Take(25)
            .ToArray();
        var html = new StringBuilder("<section id=\"specialty\"><h2>Within each specialty</h2>");
        html.Append("<p>Median weeks waited by a group against its comparison group in the same treatment function; listed where the interval excludes 0 and the group's adjusted gap across all specialties is also clear. With this many comparisons about 1 in 20 would look clear by chance, so read them with the adjusted ratios above. Every comparison is in <code>within_specialty.csv</code>.</p>");
        html.Append(clear.Length == 0
            ? "<p>No clear difference within any specialty.</p>"
            : WaitingListTables.WithinSpecialty("Clearest within-specialty differences in median weeks (open pathways)", clear));
        return html.Append("</section>").ToString();
    }

    public static string Intersections(PublishedWaitingList published)
    {
        var html = new StringBuilder("<section id=\"intersections\"><h2>Two-way breakdowns</h2><p>Groups combining two characteristics, e.g. deprivation and ethnicity. Small groups are hidden.</p>");
        foreach (var breakdown in WaitingListBreakdowns.Intersections)
        {
            var rows = published.Open.Where(s => s.Breakdown == breakdown.Id).ToArray();
            var gaps = published.OpenGaps.Where(g => g.Breakdown == breakdown.Id).ToArray();
            html.Append($"<details><summary>{ReportHtml.Encode(breakdown.Title)}</summary>");
            html.Append(WaitingListTables.Intersection($"{breakdown.Title}: open pathways, adjusted ratio against {breakdown.Reference.Label}", rows, gaps));
            html.Append("</details>");
        }

        return html.Append("</section>").ToString();
    }

    public static string Completed(PublishedWaitingList published)
    {
        var html = new StringBuilder("<section id=\"completed\"><h2>Completed pathways: wait to treatment</h2>");
        html.Append($"<p>Pathways whose clock stopped from {ReportHtml.Date(published.Period.CompletedFrom)} to {ReportHtml.Date(published.Period.CompletedTo)}.</p>");
        var all = published.Completed.Where(s => s.Breakdown == WaitingListBreakdowns.All.Id).ToArray();
        html.Append(WaitingListTables.Waits("All completed pathways", all, withLongWaits: false));
        foreach (var breakdown in WaitingListBreakdowns.Base)
        {
            var rows = published.Completed.Where(s => s.Breakdown == breakdown.Id).ToArray();
            html.Append($"<details><summary>{ReportHtml.Encode(breakdown.Title)}</summary>");
            html.Append(WaitingListTables.Waits($"{breakdown.Title}: completed pathways", rows, withLongWaits: false));
            html.Append("</details>");
        }

        html.Append("<h3>Open pathways by treatment function</h3>");
        var functions = published.ByTreatmentFunction.Select(s => s with { Group = $"{s.Group} {TreatmentFunctions.Name(s.Group)}" }).ToArray();
        html.Append(WaitingListTables.Waits("Open pathways by treatment function", functions, withLongWaits: false));
        return html.Append("</section>").ToString();
    }
}
