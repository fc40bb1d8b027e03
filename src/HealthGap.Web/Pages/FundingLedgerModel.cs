using System.Data.Common;
using HealthGap.Operational.Funding.Ledger;
using HealthGap.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>
/// The public transparency page: a year of the funding ledger — allocated, committed and spent by place
/// and category, the share used for its purpose and the share absorbed into the baseline, the ringfence,
/// decisions and every correction with the original beside it. Read-only; an empty ledger explains how to start one.
/// </summary>
internal sealed class FundingLedgerModel(LedgerProvider ledger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    /// <summary>Years with entries, latest first.</summary>
    public IReadOnlyList<string> Years { get; private set; } = [];

    public LedgerReport? Report { get; private set; }

    /// <summary>Each corrected entry of the year with the entry that corrected it.</summary>
    public IReadOnlyList<(LedgerEntry Original, LedgerEntry Correction)> Corrections { get; private set; } = [];

    /// <summary>Where the ledger is (shown when it is empty, so an administrator knows where to look).</summary>
    public string Location => ledger.Description;

    /// <summary>Why the ledger could not be shown, or null.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await ledger.ForReadingAsync(cancellationToken) is not { } store)
            {
                return;
            }

            var entries = await store.EntriesAsync(null, cancellationToken);
            Years = entries.Select(e => e.FinancialYear).Distinct().OrderDescending(StringComparer.Ordinal).ToArray();
            if (Years.Count == 0)
            {
                return;
            }

            Year = string.IsNullOrWhiteSpace(Year) ? Years[0] : Year.Trim();
            if (!Years.Contains(Year))
            {
                Error = $"The ledger has no entries for {Year}; it has {string.Join(", ", Years)}.";
                return;
            }

            Report = await store.ReportAsync(Year, cancellationToken);
            var byId = entries.ToDictionary(e => e.Id);
            Corrections = entries.Where(e => e.FinancialYear == Year && e.CorrectsEntryId is { } id && byId.ContainsKey(id))
                .Select(e => (byId[e.CorrectsEntryId!.Value], e)).ToArray();
        }
        catch (Exception ex) when (ex is LedgerException or DbException)
        {
            Error = "The funding ledger could not be read: " + ex.Message;
        }
    }
}
