using System.Text;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Web.Reports;

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
            <title>{ReportHtml.Encode(title)} — {ReportHtml.Date(published.Period.Snapshot)}</title>
            <style>{WaitingListStyle.Css}</style></head><body>
            <header><h1>{ReportHtml.Encode(title)}</h1>
            <p>Waiting list (referral to treatment) at {ReportHtml.Date(published.Period.Snapshot)}, split by deprivation, ethnicity,
            language, learning disability, mental health, sex and age — with a fair comparison that allows for specialty.
            Disclosure policy: {ReportHtml.Encode(published.DisclosurePolicy)}.</p></header><main>
            """);
        html.Append(WaitingListSections.AtAGlance(published));
        html.Append(WaitingListSections.Statements(published));
        html.Append(WaitingListSections.Gaps(published));
        html.Append(WaitingListSections.Distributions(published));
        html.Append(WaitingListSections.WithinSpecialty(published));
        html.Append(WaitingListSections.Intersections(published));
        html.Append(WaitingListSections.Completed(published));
        html.Append(WaitingListText.Method(published));
        html.Append(WaitingListText.Disclosure(published));
        html.Append($"</main><footer><p>Made with HealthGap. Policy {ReportHtml.Encode(published.DisclosurePolicy)}. Tables of every figure are in the CSV files beside this report.</p></footer></body></html>\n");
        return html.ToString();
    }
}
