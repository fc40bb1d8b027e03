using System.Globalization;
using System.Text.Json;
using HealthGap.Core.Disclosure.Audit;
using HealthGap.Core.Export;

namespace HealthGap.Cli.Disclosure;

/// <summary>Writes a <see cref="DisclosureAuditResult"/> as a summary table plus CSV, or as JSON.</summary>
internal static class AuditPrinter
{
    private static readonly string[] FindingColumns =
        ["indicator_id", "period", "area_type", "area_code", "breakdown", "group", "count", "lowest", "highest", "how"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Text(TextWriter output, ReportFolder report, DisclosureAuditResult result, TimeSpan elapsed)
    {
        output.WriteLine($"Disclosure audit of {report.Directory}");
        output.WriteLine($"{result.Rows} rows, {result.HiddenCounts} hidden counts, {result.Relations} relations checked in {elapsed.TotalSeconds:F1} s");
        output.WriteLine();
        output.WriteLine($"{"area type",-10} {"rows",8} {"hidden",8} {"exact",8} {"narrow",8}");
        foreach (var type in report.Cells.Select(c => c.AreaType).Distinct().Order(StringComparer.Ordinal))
        {
            var rows = report.Cells.Where(c => c.AreaType == type).ToList();
            var hidden = rows.Count(c => c.Numerator is null) + rows.Count(c => c.DenominatorHidden);
            var found = result.Findings.Where(f => f.Cell.AreaType == type).ToList();
            output.WriteLine($"{type,-10} {rows.Count,8} {hidden,8} {found.Count(f => f.Exact),8} {found.Count(f => !f.Exact),8}");
        }

        output.WriteLine();
        output.WriteLine(result.FormatDifferences.Count == 0
            ? "indicators.json and indicators.parquet publish exactly what indicators.csv does."
            : "indicators.json / indicators.parquet differ from indicators.csv:\n  " + string.Join("\n  ", result.FormatDifferences));
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        if (result.InconsistentRelations > 0)
        {
            output.WriteLine($"warning: {result.InconsistentRelations} relations do not hold in the published figures (geography that does not fit the report?).");
        }

        output.WriteLine(result.Recoverable == 0
            ? "0 recoverable: no hidden count can be worked out from the published figures."
            : $"{result.Recoverable} recoverable hidden counts:");
        if (result.Recoverable > 0)
        {
            output.WriteLine(string.Join(',', FindingColumns));
            foreach (var f in result.Findings)
            {
                output.WriteLine(string.Join(',', Fields(f).Select(CsvField.Escape)));
            }
        }
    }

    public static void Json(TextWriter output, ReportFolder report, DisclosureAuditResult result, TimeSpan elapsed)
    {
        var document = new Dictionary<string, object>
        {
            ["report"] = report.Directory,
            ["rows"] = result.Rows,
            ["hidden_counts"] = result.HiddenCounts,
            ["relations"] = result.Relations,
            ["seconds"] = Math.Round(elapsed.TotalSeconds, 2),
            ["recoverable"] = result.Recoverable,
            ["format_differences"] = result.FormatDifferences,
            ["inconsistent_relations"] = result.InconsistentRelations,
            ["warnings"] = result.Warnings,
            ["findings"] = result.Findings.Select(f => FindingColumns.Zip(Fields(f)).ToDictionary(x => x.First, x => x.Second)).ToList(),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Indented));
    }

    private static string[] Fields(AuditFinding f) =>
    [
        f.Cell.Indicator, f.Cell.Period, f.Cell.AreaType, f.Cell.AreaCode, f.Cell.Breakdown, f.Cell.Group, f.Count,
        f.Lowest.ToString(CultureInfo.InvariantCulture), f.Highest.ToString(CultureInfo.InvariantCulture), f.How,
    ];
}
