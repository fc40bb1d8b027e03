using System.Globalization;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// The bounds every ledger value must keep, whichever way it arrives (CLI, API, EF Core): an amount
/// of at most £10bn per entry, an entry date inside its financial year, and text no longer than its
/// column. With amounts bounded, a year's totals cannot overflow a 64-bit count of pence until it
/// holds over nine million entries at the limit; the report still sums with checked arithmetic.
/// </summary>
public static class LedgerLimits
{
    /// <summary>The largest amount one entry may hold: £10,000,000,000 (10 billion pounds) in pence.</summary>
    public const long MaxAmountPence = 1_000_000_000_000;

    /// <summary>Longest place code.</summary>
    public const int CodeLength = 40;

    /// <summary>Longest name (place, organisation, who recorded or decided).</summary>
    public const int NameLength = 200;

    /// <summary>Longest description, decision summary or correction reason.</summary>
    public const int DescriptionLength = 2000;

    /// <summary>Longest rationale, evidence or ringfence reason.</summary>
    public const int RationaleLength = 4000;

    /// <summary>The first and last day of a financial year written <c>YYYY/YY</c> (1 April to 31 March).</summary>
    public static (DateOnly First, DateOnly Last) YearDays(string financialYear)
    {
        LedgerStore.CheckYear(financialYear);
        var start = int.Parse(financialYear.AsSpan(0, 4), CultureInfo.InvariantCulture);
        return (new DateOnly(start, 4, 1), new DateOnly(start + 1, 3, 31));
    }

    /// <summary>Refuses an amount outside 0 to <see cref="MaxAmountPence"/>.</summary>
    public static void CheckAmount(long pence)
    {
        if (pence < 0)
        {
            throw new LedgerException($"amount £{pence / 100m:N2} is negative; record amounts as 0 or more and use a correction to reduce an entry.");
        }

        if (pence > MaxAmountPence)
        {
            throw new LedgerException(
                $"amount £{pence / 100m:N2} is more than the most one entry may hold (£{MaxAmountPence / 100m:N0}); check the figure (amounts are pounds on the CLI, pence in the API) or split it into several entries.");
        }
    }

    /// <summary>Refuses an entry date outside its financial year.</summary>
    public static void CheckDate(DateOnly date, string financialYear)
    {
        var (first, last) = YearDays(financialYear);
        if (date < first || date > last)
        {
            throw new LedgerException(
                $"date {Day(date)} is outside financial year {financialYear}, which runs {Day(first)} to {Day(last)}; give the day the money was allocated, committed or spent within that year (yyyy-mm-dd).");
        }
    }

    /// <summary>Refuses text longer than <paramref name="max"/> characters.</summary>
    public static void CheckLength(string? value, string field, int max)
    {
        if (value is not null && value.Length > max)
        {
            throw new LedgerException($"'{field}' is {value.Length:N0} characters long; the most the ledger keeps is {max:N0}. Shorten it (put long documents elsewhere and refer to them).");
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
