namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// What money was used for, after the NHS Confederation's review of the £200m health-inequalities
/// allocation: the first four are its intended purpose; the last two are the money leaving it.
/// </summary>
public enum SpendCategory
{
    /// <summary>Pilots commissioned with the money.</summary>
    Pilot,

    /// <summary>Building capacity and capability (HI team, data, learning networks, academies).</summary>
    CapacityBuilding,

    /// <summary>Devolved to place or neighbourhood (local authorities, primary care).</summary>
    DevolvedToPlace,

    /// <summary>Given to the voluntary, community and social enterprise sector.</summary>
    Vcse,

    /// <summary>Absorbed into the baseline (the wider system budget).</summary>
    AbsorbedIntoBaseline,

    /// <summary>Used to meet other pressures (e.g. deficits in acute or elective care).</summary>
    OtherPressures,
}
