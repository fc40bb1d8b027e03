namespace HealthGap.Core.Funding.Allocation;

/// <summary>Whether a budget comes every year or once.</summary>
public enum BudgetRecurrence
{
    /// <summary>The same amount every year of the period (e.g. in the baseline).</summary>
    Recurrent,

    /// <summary>One amount for the whole period (non-recurrent money).</summary>
    OneOff,
}
