using System.Text;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>
/// The one self-contained HTML report of a waiting-list analysis: inline CSS and inline SVG charts,
/// no scripts and no external requests, so it opens offline, prints, and can be served by the web
/// app as it is. It renders only a <see cref="PublishedWaitingList"/>, so every figure in it has
/// passed the disclosure gate.
/// </summary>
public static class WaitingListReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(PublishedWaitingList published, string title = "Waiting times by group")
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{ReportFormat.Html(title)} — {ReportFormat.Date(published.Period.Snapshot)}</title>
            <style>{ReportStyle.Css}</style></head><body>
            <header><h1>{ReportFormat.Html(title)}</h1>
            <p>Waiting list (referral to treatment) at {ReportFormat.Date(published.Period.Snapshot)}, split by deprivation, ethnicity,
            language, learning disability, mental health, sex and age — with a fair comparison that allows for specialty.
            Disclosure policy: {ReportFormat.Html(published.DisclosurePolicy)}.</p></header><main>
            """);
        html.Append(ReportSections.AtAGlance(published));
        html.Append(ReportSections.Statements(published));
        html.Append(ReportSections.Gaps(published));
        html.Append(ReportSections.Distributions(published));
        html.Append(ReportSections.WithinSpecialty(published));
        html.Append(ReportSections.Intersections(published));
        html.Append(ReportSections.Completed(published));
        html.Append(ReportText.Method(published));
        html.Append(ReportText.Disclosure(published));
        html.Append($"</main><footer><p>Made with HealthGap. Policy {ReportFormat.Html(published.DisclosurePolicy)}. Tables of every figure are in the CSV files beside this report.</p></footer></body></html>\n");
        return html.ToString();
    }
}
