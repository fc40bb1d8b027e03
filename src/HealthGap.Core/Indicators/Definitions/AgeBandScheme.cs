namespace HealthGap.Core.Indicators.Definitions;

/// <summary>The age bands counts are split by.</summary>
public enum AgeBandScheme
{
    /// <summary>European Standard Population 2013: 0–4, 5–9 … 85–89, 90+ (index 0–18).</summary>
    Esp2013,

    /// <summary>Abridged life table: 0, 1–4, 5–9 … 85–89, 90+ (index 0–19).</summary>
    LifeTable,
}
