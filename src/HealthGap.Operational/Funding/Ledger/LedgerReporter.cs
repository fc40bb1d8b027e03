using System.Globalization;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// Builds a <see cref="LedgerReport"/> from the ledger's rows (pure; no database). Sums are checked
/// (LINQ's long sums throw rather than wrap) and cannot overflow with amounts within <see cref="LedgerLimits"/>;
/// a stored row outside them is reported as a problem naming the entry, not summed.
/// </summary>
internal static class LedgerReporter
{
    public static LedgerReport Build(
        string year, IReadOnlyList<LedgerEntry> allEntries, IReadOnlyList<LedgerDecision> decisions, IReadOnlyList<RingfenceStatus> ringfence)
    {
        // An entry counts only through its latest correction: drop every entry that something corrects.
        var corrected = allEntries.Where(e => e.CorrectsEntryId is not null).Select(e => e.CorrectsEntryId!.Value).ToHashSet();
        var standing = allEntries.Where(e => e.FinancialYear == year && !corrected.Contains(e.Id)).ToArray();
        var yearEntries = allEntries.Where(e => e.FinancialYear == year).ToArray();

        // A row stored before the limits existed (or written around them) is named, not summed:
        // one impossible amount must not make the whole year unreadable.
        var current = standing.Where(e => e.AmountPence is >= 0 and <= LedgerLimits.MaxAmountPence).ToArray();
        var damaged = standing.Except(current).Select(e =>
            $"entry {e.Id} ({e.PlaceName}, {e.PlaceCode}) holds {Pounds(e.AmountPence)}, outside 0 to {Pounds(LedgerLimits.MaxAmountPence)}; it is left out of every total. Correct it with 'healthgap funding ledger correct --entry {e.Id} --amount POUNDS --reason \"...\"'.")
            .Concat(current.Where(e => !InYear(e)).Select(e =>
                $"entry {e.Id} ({e.PlaceName}, {e.PlaceCode}) is dated {e.EntryDate:yyyy-MM-dd}, outside {year}; correct its date with 'healthgap funding ledger correct --entry {e.Id} --date yyyy-mm-dd --reason \"...\"'."))
            .ToList();

        var categories = Enum.GetValues<SpendCategory>().Select(c => new LedgerCategoryTotal(
            c,
            current.Where(e => e.Kind == LedgerEntryKind.Commitment && e.Category == c).Sum(e => e.AmountPence),
            current.Where(e => e.Kind == LedgerEntryKind.Spend && e.Category == c).Sum(e => e.AmountPence))).ToArray();
        var places = current.GroupBy(e => e.PlaceCode, StringComparer.Ordinal)
            .Select(g => new LedgerPlaceTotal(
                g.Key,
                g.Select(e => e.PlaceName).FirstOrDefault(n => n.Length > 0) ?? g.Key,
                g.Where(e => e.Kind == LedgerEntryKind.Allocation).Sum(e => e.AmountPence),
                g.Where(e => e.Kind == LedgerEntryKind.Commitment).Sum(e => e.AmountPence),
                g.Where(e => e.Kind == LedgerEntryKind.Spend).Sum(e => e.AmountPence)))
            .OrderBy(p => p.PlaceCode, StringComparer.Ordinal)
            .ToArray();

        var report = new LedgerReport
        {
            FinancialYear = year,
            Ringfence = ringfence.Count == 0 ? null : ringfence[^1],
            AllocatedPence = current.Where(e => e.Kind == LedgerEntryKind.Allocation).Sum(e => e.AmountPence),
            Categories = categories,
            Places = places,
            EntryCount = yearEntries.Length,
            CorrectionCount = yearEntries.Count(e => e.CorrectsEntryId is not null),
            Decisions = decisions,
            Problems = [],
        };
        return report with { Problems = [.. damaged, .. Problems(report)] };
    }

    private static bool InYear(LedgerEntry entry)
    {
        var (first, last) = LedgerLimits.YearDays(entry.FinancialYear);
        return entry.EntryDate >= first && entry.EntryDate <= last;
    }

    private static List<string> Problems(LedgerReport report)
    {
        var problems = new List<string>();
        foreach (var place in report.Places)
        {
            if (place.CommittedPence > place.AllocatedPence && place.AllocatedPence > 0)
            {
                problems.Add($"{place.PlaceName} ({place.PlaceCode}) has committed {Pounds(place.CommittedPence)}, more than its allocation of {Pounds(place.AllocatedPence)}.");
            }

            if (place.SpentPence > place.CommittedPence)
            {
                problems.Add($"{place.PlaceName} ({place.PlaceCode}) has spent {Pounds(place.SpentPence)}, more than it committed ({Pounds(place.CommittedPence)}).");
            }
        }

        if (report.CommittedPence > report.AllocatedPence)
        {
            problems.Add($"{Pounds(report.CommittedPence)} is committed against an allocation of {Pounds(report.AllocatedPence)}: over-committed by {Pounds(report.CommittedPence - report.AllocatedPence)}.");
        }

        if (report.Places.Sum(p => p.AllocatedPence) != report.AllocatedPence || report.Places.Sum(p => p.CommittedPence) != report.CommittedPence)
        {
            problems.Add("place totals do not add up to the year's totals; the ledger may hold entries of an unknown kind.");
        }

        return problems;
    }

    /// <summary>Pence as pounds for messages, e.g. £1,234.50.</summary>
    public static string Pounds(long pence) => (pence / 100m).ToString("£#,0.00;-£#,0.00", CultureInfo.InvariantCulture);
}
