using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>Validation of what users enter, before anything reaches the database.</summary>
public sealed partial class LedgerStore
{
    /// <summary>Checks a financial year is written <c>YYYY/YY</c> with consecutive years.</summary>
    public static void CheckYear(string year)
    {
        var match = FinancialYear().Match(year ?? string.Empty);
        if (!match.Success || (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 != int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
        {
            throw new LedgerException($"financial year '{year}' should be written YYYY/YY with consecutive years, e.g. 2024/25.");
        }
    }

    private static NewLedgerEntry Validate(NewLedgerEntry entry)
    {
        CheckYear(entry.FinancialYear);
        Require(entry.PlaceCode, "place", "the place's code (or ICB for system-wide)");
        Require(entry.RecordedBy, "recorded by", "who is recording it");
        LedgerLimits.CheckAmount(entry.AmountPence);
        LedgerLimits.CheckDate(entry.EntryDate, entry.FinancialYear);
        LedgerLimits.CheckLength(entry.PlaceCode, "place", LedgerLimits.CodeLength);
        LedgerLimits.CheckLength(entry.PlaceName, "place name", LedgerLimits.NameLength);
        LedgerLimits.CheckLength(entry.Organisation, "organisation", LedgerLimits.NameLength);
        LedgerLimits.CheckLength(entry.Description, "description", LedgerLimits.DescriptionLength);
        LedgerLimits.CheckLength(entry.RecordedBy, "recorded by", LedgerLimits.NameLength);
        LedgerLimits.CheckLength(entry.ScenarioId, "scenario", LedgerLimits.CodeLength);

        if (entry.Kind == LedgerEntryKind.Allocation && entry.Category is not null)
        {
            throw new LedgerException("an allocation has no category; categories say what committed or spent money was used for.");
        }

        if (entry.Kind != LedgerEntryKind.Allocation && entry.Category is null)
        {
            throw new LedgerException($"a {entry.Kind.ToString().ToLowerInvariant()} needs a category (--category), one of {string.Join(", ", Enum.GetValues<SpendCategory>().Select(LedgerCategories.Name))}.");
        }

        return entry;
    }

    private static void CheckDecision(LedgerDecision decision)
    {
        CheckYear(decision.FinancialYear);
        Require(decision.Summary, "summary", "what was decided");
        Require(decision.DecidedBy, "decided by", "who decided");
        Require(decision.Rationale, "rationale", "why");
        LedgerLimits.CheckLength(decision.Summary, "summary", LedgerLimits.DescriptionLength);
        LedgerLimits.CheckLength(decision.DecidedBy, "decided by", LedgerLimits.NameLength);
        LedgerLimits.CheckLength(decision.Rationale, "rationale", LedgerLimits.RationaleLength);
        LedgerLimits.CheckLength(decision.Evidence, "evidence", LedgerLimits.RationaleLength);
    }

    private static void CheckRingfence(RingfenceStatus status)
    {
        CheckYear(status.FinancialYear);
        Require(status.DecidedBy, "decided by", "who decided");
        Require(status.Reason, "reason", "why");
        LedgerLimits.CheckLength(status.DecidedBy, "decided by", LedgerLimits.NameLength);
        LedgerLimits.CheckLength(status.Reason, "reason", LedgerLimits.RationaleLength);
    }

    private static void Require(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new LedgerException($"'{field}' is empty; give {what}.");
        }
    }

    private static LedgerEntry ToRow(NewLedgerEntry e, long? correctsEntryId, string? correctionReason) => new()
    {
        Kind = e.Kind, FinancialYear = e.FinancialYear, PlaceCode = e.PlaceCode.Trim(), PlaceName = e.PlaceName.Trim(),
        Organisation = e.Organisation.Trim(), Category = e.Category, AmountPence = e.AmountPence, EntryDate = e.EntryDate,
        Description = e.Description.Trim(), RecordedBy = e.RecordedBy.Trim(), RecordedAtUtc = DateTime.UtcNow,
        CorrectsEntryId = correctsEntryId, CorrectionReason = correctionReason, ScenarioId = e.ScenarioId,
    };

    [GeneratedRegex(@"^(\d{4})/(\d{2})$")]
    private static partial Regex FinancialYear();
}
