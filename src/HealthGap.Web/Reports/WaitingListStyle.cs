namespace HealthGap.Web.Reports;

/// <summary>The report's inline CSS: NHS-like colours, readable on a phone and in print, no external fonts.</summary>
internal static class WaitingListStyle
{
    public const string Css = """
        :root { --blue: #005eb8; --dark: #212b32; --grey: #4c6272; --pale: #e8edee; --light: #aeb7bd; --warm: #ffb81c; --red: #d5281b; --green: #007f3b; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: Arial, "Helvetica Neue", sans-serif; color: var(--dark); background: #f0f4f5; line-height: 1.5; }
        header { background: var(--blue); color: #fff; padding: 24px 32px; }
        header h1 { margin: 0 0 8px; font-size: 1.9rem; }
        header p { margin: 0; }
        main { max-width: 1040px; margin: 0 auto; padding: 16px 24px 48px; }
        section { background: #fff; margin: 20px 0; padding: 16px 24px; border-top: 4px solid var(--blue); }
        h2 { font-size: 1.45rem; margin: 8px 0 12px; }
        h3 { font-size: 1.15rem; margin: 24px 0 8px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; padding: 0; list-style: none; }
        .figures li { background: var(--pale); padding: 12px; }
        .figures strong { display: block; font-size: 1.6rem; }
        .statements li { margin-bottom: 10px; }
        .chart { width: 100%; height: auto; max-width: 760px; display: block; margin: 8px 0; }
        .chart .label, .chart .tick, .chart .legend, .chart .hidden-note { font: 13px Arial, sans-serif; fill: var(--dark); }
        .chart .tick { fill: var(--grey); font-size: 12px; }
        .chart .hidden-note { fill: var(--grey); font-style: italic; }
        .chart .grid { stroke: var(--pale); }
        .chart .one { stroke: var(--dark); stroke-width: 1.5; }
        .chart .median { fill: var(--blue); }
        .chart .p92 { fill: #9ec6ea; }
        .chart .whisker { stroke: var(--dark); stroke-width: 1.5; }
        .chart .k-median { fill: var(--blue); }
        .chart .k-p92 { fill: #9ec6ea; }
        .chart .k-crude { fill: var(--grey); }
        .chart .k-adjusted { fill: var(--blue); }
        .chart .ci-crude { stroke: var(--light); stroke-width: 2; }
        .chart .ci-adjusted { stroke: var(--blue); stroke-width: 2.5; }
        .chart .pt-crude { fill: var(--grey); }
        .chart .pt-adjusted { fill: var(--blue); }
        .chart .pt-adjusted.sig { fill: var(--red); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 20px; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--light); vertical-align: top; }
        thead th { border-bottom: 2px solid var(--dark); }
        td { font-variant-numeric: tabular-nums; }
        .ref { color: var(--grey); font-weight: normal; }
        .longer { color: var(--red); }
        .shorter { color: var(--green); }
        details { margin: 8px 0; }
        summary { cursor: pointer; font-weight: bold; color: var(--blue); }
        .policy { background: #fff9e6; border-left: 6px solid var(--warm); padding: 8px 16px; }
        footer { max-width: 1040px; margin: 0 auto; padding: 0 24px 32px; color: var(--grey); font-size: 0.85rem; }
        @media print { body { background: #fff; } section { break-inside: avoid-page; } }
        """;
}
