namespace HealthGap.Core.Funding.Allocation;

/// <summary>Indicator values per area for the need index: from a user's CSV or from a HealthGap report.</summary>
internal interface INeedValues
{
    /// <summary>The file name shown in formulas and messages.</summary>
    string FileName { get; }

    /// <summary>SHA-256 of the file, recorded with the scenario.</summary>
    string Sha256 { get; }

    /// <summary>The indicators, in a fixed order.</summary>
    IReadOnlyList<string> Indicators { get; }

    /// <summary>
    /// True when a higher value of indicator <paramref name="k"/> means less need (a higher-is-better
    /// indicator such as screening uptake); its index term is then inverted (average ÷ value).
    /// </summary>
    bool HigherIsBetter(int k);

    /// <summary>Where indicator <paramref name="k"/>'s values come from (e.g. its period), for the formula; empty when nothing to add.</summary>
    string Source(int k);

    /// <summary>Values by unit (in the units' order) and indicator; every unit must have one.</summary>
    decimal[][] Match(IReadOnlyList<AllocationUnit> units);
}
