using System.Globalization;
using HealthGap.Cli.Output;
using HealthGap.Operational.Funding.Ledger;
using Spectre.Console;

namespace HealthGap.Cli.Funding;

/// <summary>Prints ledger entries, decisions and the year's report.</summary>
internal static class LedgerView
{
    public static ResultTable Entries(IReadOnlyList<LedgerEntry> entries)
    {
        var correctedBy = entries.Where(e => e.CorrectsEntryId is not null).ToDictionary(e => e.CorrectsEntryId!.Value, e => e.Id);
        return new ResultTable("Ledger entries", ["entry", "year", "kind", "place_code", "place_name", "organisation", "category", "amount_pounds", "date", "description", "recorded_by", "recorded_at_utc", "corrects", "corrected_by", "reason"],
            entries.Select(e => (IReadOnlyList<string?>)
            [
                Id(e.Id), e.FinancialYear, e.Kind.ToString().ToLowerInvariant(), e.PlaceCode, e.PlaceName, e.Organisation,
                e.Category is { } c ? LedgerCategories.Name(c) : null, LedgerOptions.Pounds(e.AmountPence), Day(e.EntryDate), e.Description, e.RecordedBy,
                e.RecordedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.CorrectsEntryId is { } o ? Id(o) : null,
                correctedBy.TryGetValue(e.Id, out var by) ? Id(by) : null, e.CorrectionReason,
            ]).ToArray());
    }

    public static ResultTable Decisions(IReadOnlyList<LedgerDecision> decisions) =>
        new("Decisions", ["decision", "year", "decided_on", "decided_by", "what", "why", "evidence", "entry"],
            decisions.Select(d => (IReadOnlyList<string?>)
            [Id(d.Id), d.FinancialYear, Day(d.DecidedOn), d.DecidedBy, d.Summary, d.Rationale, d.Evidence, d.EntryId is { } e ? Id(e) : null]).ToArray());

    public static ResultTable Ringfence(IReadOnlyList<RingfenceStatus> statements) =>
        new("Ringfence statements", ["statement", "year", "status", "decided_on", "decided_by", "why"],
            statements.Select(r => (IReadOnlyList<string?>)[Id(r.Id), r.FinancialYear, Status(r.State), Day(r.DecidedOn), r.DecidedBy, r.Reason]).ToArray());

    public static void Write(IReadOnlyList<ResultTable> tables, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                tables[0].WriteCsv(output);
                foreach (var more in tables.Skip(1))
                {
                    output.WriteLine();
                    more.WriteCsv(output);
                }

                break;
            case OutputFormat.Json:
                ResultTable.WriteJson(output, tables.ToDictionary(t => t.Title, t => t.AsObjects()));
                break;
            default:
                var console = FundingConsole.Wide(output);
                foreach (var table in tables)
                {
                    console.Write(table.ToSpectreTable());
                }

                break;
        }
    }

    public static void WriteReport(LedgerReport report, OutputFormat format, TextWriter output)
    {
        var categories = new ResultTable($"Committed and spent by category, {report.FinancialYear}", ["category", "purpose", "committed_pounds", "spent_pounds", "committed_share_of_allocation_percent"],
            report.Categories.Select(c => (IReadOnlyList<string?>)
            [
                LedgerCategories.Name(c.Category), LedgerCategories.IsPurpose(c.Category) ? "yes" : "no",
                LedgerOptions.Pounds(c.CommittedPence), LedgerOptions.Pounds(c.SpentPence), Percent(report.AllocatedPence == 0 ? null : (double)c.CommittedPence / report.AllocatedPence),
            ]).ToArray());
        var places = new ResultTable($"By place, {report.FinancialYear}", ["place_code", "place_name", "allocated_pounds", "committed_pounds", "spent_pounds", "uncommitted_pounds"],
            report.Places.Select(p => (IReadOnlyList<string?>)
            [
                p.PlaceCode, p.PlaceName, LedgerOptions.Pounds(p.AllocatedPence), LedgerOptions.Pounds(p.CommittedPence), LedgerOptions.Pounds(p.SpentPence),
                LedgerOptions.Pounds(p.AllocatedPence - p.CommittedPence),
            ]).ToArray());
        var headline = new ResultTable($"Health-inequalities allocation {report.FinancialYear}", ["measure", "value"],
        [
            ["allocated_pounds", LedgerOptions.Pounds(report.AllocatedPence)],
            ["committed_pounds", LedgerOptions.Pounds(report.CommittedPence)],
            ["spent_pounds", LedgerOptions.Pounds(report.SpentPence)],
            ["uncommitted_pounds", LedgerOptions.Pounds(report.UncommittedPence)],
            ["share_used_for_purpose_percent", Percent(report.ShareUsedForPurpose)],
            ["share_absorbed_into_baseline_or_other_pressures_percent", Percent(report.ShareAbsorbed)],
            ["ringfence", report.Ringfence is { } r ? $"{Status(r.State)} ({r.DecidedBy}, {Day(r.DecidedOn)}: {r.Reason})" : "not recorded"],
            ["entries", Id(report.EntryCount)],
            ["corrections", Id(report.CorrectionCount)],
            ["decisions", Id(report.Decisions.Count)],
            ["reconciles", report.Problems.Count == 0 ? "yes" : "NO"],
        ]);
        if (format == OutputFormat.Table)
        {
            var console = FundingConsole.Wide(output);
            console.Write(headline.ToSpectreTable());
            console.Write(categories.ToSpectreTable());
            console.Write(places.ToSpectreTable());
            foreach (var problem in report.Problems)
            {
                console.WriteLine("does not reconcile: " + problem);
            }

            console.WriteLine("Shares are of the year's allocation and count commitments; 'purpose' = pilot, capacity_building, devolved_to_place, vcse.");
            return;
        }

        if (format == OutputFormat.Json)
        {
            ResultTable.WriteJson(output, new
            {
                summary = headline.AsObjects().ToDictionary(r => r["measure"]!, r => r["value"]),
                categories = categories.AsObjects(),
                places = places.AsObjects(),
                decisions = Decisions(report.Decisions).AsObjects(),
                problems = report.Problems,
            });
            return;
        }

        Write([headline, categories, places], format, output);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(double? share) => share is { } s ? ResultTable.Number(100 * s, 1) : "—";

    private static string Status(RingfenceState state) => state switch
    {
        RingfenceState.Ringfenced => "ringfenced",
        RingfenceState.Partial => "partial",
        _ => "not-ringfenced",
    };
}
