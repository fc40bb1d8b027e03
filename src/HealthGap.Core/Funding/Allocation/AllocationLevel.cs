namespace HealthGap.Core.Funding.Allocation;

/// <summary>The kind of area a budget is divided over.</summary>
public enum AllocationLevel
{
    /// <summary>Places: local authority districts (2022) within the ICB.</summary>
    Place,

    /// <summary>Sub-ICB locations (July 2022).</summary>
    SubIcb,

    /// <summary>Neighbourhoods supplied as groups of LSOAs in a CSV (also how PCNs are given).</summary>
    Neighbourhood,

    /// <summary>MSOA-like clusters: the LSOAs sharing an MSOA name (an LSOA's name is its MSOA's plus a letter).</summary>
    Msoa,

    /// <summary>Each LSOA on its own (the finest neighbourhood).</summary>
    Lsoa,
}
