using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// The model's own last check before a row is written, whatever code path built it: text no longer
/// than its column's maximum length (SQLite does not enforce lengths) and an entry's amount and date
/// within <see cref="LedgerLimits"/>. <see cref="LedgerStore"/> checks the same earlier with friendlier
/// field names; this catches any writer that goes around it.
/// </summary>
internal static class LedgerModelValidation
{
    /// <summary>Checks every row about to be inserted.</summary>
    public static void CheckAdded(ChangeTracker changes)
    {
        foreach (var added in changes.Entries().Where(e => e.State == EntityState.Added))
        {
            foreach (var property in added.Metadata.GetProperties())
            {
                CheckValue(property, added.Property(property.Name).CurrentValue);
            }

            if (added.Entity is LedgerEntry entry)
            {
                CheckEntry(entry);
            }
        }
    }

    /// <summary>Refuses a text value longer than the column allows.</summary>
    public static void CheckValue(IProperty property, object? value)
    {
        if (value is string text && property.GetMaxLength() is { } max)
        {
            LedgerLimits.CheckLength(text, property.GetColumnName(), max);
        }
    }

    /// <summary>Refuses an entry whose amount or date is outside the ledger's limits.</summary>
    public static void CheckEntry(LedgerEntry entry)
    {
        LedgerLimits.CheckAmount(entry.AmountPence);
        LedgerLimits.CheckDate(entry.EntryDate, entry.FinancialYear);
    }
}
