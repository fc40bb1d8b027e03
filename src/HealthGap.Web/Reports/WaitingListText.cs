using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Web.Reports;

/// <summary>The report's fixed explanations: what was counted, the method and the disclosure policy.</summary>
internal static class WaitingListText
{
    public static string Method(PublishedWaitingList published) => $"""
        <section id="method"><h2>How these figures were made</h2>
        <p><strong>Open pathways</strong> are referral-to-treatment (RTT) pathways whose clock started on or before
        {ReportHtml.Date(published.Period.Snapshot)} and had not stopped by then. Weeks waited are days from the clock
        start to that date divided by 7. <strong>Completed pathways</strong> are those whose clock stopped from
        {ReportHtml.Date(published.Period.CompletedFrom)} to {ReportHtml.Date(published.Period.CompletedTo)}; their wait runs to the clock stop.
        "Over 18 weeks" means more than 126 days (likewise 52 and 65 weeks).</p>
        <p><strong>Medians and 92nd percentiles</strong> are exact quantiles of each group's patient-level waits (linear
        interpolation, as R's default), not NHS England's estimates from weekly bands. Their 95% confidence intervals are
        distribution-free: two order statistics chosen from the binomial distribution so that the interval covers the
        true quantile at least 95% of the time whatever the shape of the waits (Conover). Where a group is too small for
        a limit, the limit is "n/a", not invented. Percentages over 18, 52 and 65 weeks have Wilson score intervals.</p>
        <p><strong>Fair comparison.</strong> Groups need different specialties: a group sent mostly to trauma and orthopaedics
        will wait longer even if every specialty treats it like everyone else. We fit a regression of log(1 + days waited) on
        the group, with a separate baseline for every treatment function × priority combination (fixed effects). The
        adjusted ratio exp(β) compares a group's typical (geometric-mean) wait with the reference group's <em>within the
        same specialty and priority</em>: 1.25 means about 25% longer. The crude ratio is the same comparison with no
        allowance for case mix. Intervals use heteroskedasticity-robust (HC1 sandwich) standard errors. A difference is
        flagged when the 95% interval excludes 1. Unknown is kept as its own group, never dropped.</p>
        <p><strong>Within specialty</strong>, the difference in median weeks between a group and its reference group in the
        same treatment function has an interval from each median's order-statistic interval (Bonett–Price style). Priority
        is allowed for in the adjusted ratio but not in this view.</p>
        <p>Limits: these are associations in routinely recorded data, not proof of cause. People with more than one pathway
        count once per pathway, so intervals may be a little too narrow for groups with many repeat pathways.</p>
        </section>
        """;

    public static string Disclosure(PublishedWaitingList published) => $"""
        <section id="disclosure"><h2>Protecting privacy</h2>
        <div class="policy"><p>Every figure in this report passed the HealthGap disclosure gate, policy
        <strong>{ReportHtml.Encode(published.DisclosurePolicy)}</strong>: counts from 1 to 7 are hidden, other counts are
        rounded to the nearest 5, and further cells are hidden where a hidden count could otherwise be worked out from
        totals. A hidden figure is shown as <strong>[c]</strong>, never as 0. Medians, percentages and gaps are shown only
        when the counts they are built on are published, and are computed from the true counts.</p></div>
        <p>The data are pseudonymised: no NHS number, name, address or date of birth is used in this report.</p>
        </section>
        """;
}
