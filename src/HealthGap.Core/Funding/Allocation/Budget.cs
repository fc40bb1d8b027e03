using System.Globalization;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// The money to divide: a whole-pound amount a year, over a number of financial years, either
/// recurrent (the same amount every year) or one-off (the amount once, to be spent over the years).
/// </summary>
public sealed record Budget
{
    /// <summary>Creates a budget, rejecting negative or empty amounts and years.</summary>
    public Budget(long amountPounds, int years = 1, BudgetRecurrence recurrence = BudgetRecurrence.Recurrent)
    {
        if (amountPounds < 0)
        {
            throw new FundingInputException(
                $"the budget is £{amountPounds.ToString("N0", CultureInfo.InvariantCulture)}; a budget must be 0 or more whole pounds (e.g. --budget 2500000).");
        }

        if (years < 1)
        {
            throw new FundingInputException($"the budget covers {years} years; it must cover at least 1 year (e.g. --years 3).");
        }

        AmountPounds = amountPounds;
        Years = years;
        Recurrence = recurrence;
    }

    /// <summary>The amount divided: a year's money when recurrent, the whole pot when one-off.</summary>
    public long AmountPounds { get; }

    /// <summary>How many financial years the budget covers.</summary>
    public int Years { get; }

    /// <summary>Whether the amount comes every year or once.</summary>
    public BudgetRecurrence Recurrence { get; }

    /// <summary>The total over the whole period: amount × years when recurrent, the amount when one-off.</summary>
    public long TotalPounds => Recurrence == BudgetRecurrence.Recurrent ? AmountPounds * Years : AmountPounds;

    /// <summary>One line for a table or a board paper.</summary>
    public string Describe() => Recurrence == BudgetRecurrence.Recurrent
        ? string.Create(CultureInfo.InvariantCulture, $"£{AmountPounds:N0} a year, recurrent, for {Years} year(s) (£{TotalPounds:N0} in total)")
        : string.Create(CultureInfo.InvariantCulture, $"£{AmountPounds:N0} one-off, to be spent over {Years} year(s)");
}
