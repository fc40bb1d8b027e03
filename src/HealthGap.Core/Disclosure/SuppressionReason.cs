namespace HealthGap.Core.Disclosure;

/// <summary>Why a published figure is hidden.</summary>
public enum SuppressionReason
{
    /// <summary>Published.</summary>
    None = 0,

    /// <summary>The count itself is small (primary suppression).</summary>
    SmallCount = 1,

    /// <summary>Hidden so that another hidden count cannot be recovered from totals (secondary suppression).</summary>
    Complementary = 2,

    /// <summary>A value (rate, proportion) hidden because its numerator or denominator is hidden or its denominator is small.</summary>
    DerivedFromHidden = 3,
}
