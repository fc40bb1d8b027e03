namespace HealthGap.Operational.Funding.Ledger;

/// <summary>Whether the system kept the health-inequalities money ringfenced in a year.</summary>
public enum RingfenceState
{
    /// <summary>All of it ringfenced for health inequalities.</summary>
    Ringfenced,

    /// <summary>Part ringfenced, part put into the wider system budget.</summary>
    Partial,

    /// <summary>Not ringfenced: all in the wider system budget.</summary>
    NotRingfenced,
}
