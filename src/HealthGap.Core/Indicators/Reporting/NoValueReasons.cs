using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Why a published row has no value, written in the report's <c>hidden_reason</c> column so a reader is
/// told the right thing: hidden for privacy by the disclosure gate is not the same as a figure the
/// statistics will not give (life expectancy for 5,000 people or fewer, a standardised rate from
/// fewer than 10 events), nor as a group with nobody in it.
/// </summary>
internal static class NoValueReasons
{
    /// <summary>The disclosure gate hid it: too few people to publish safely.</summary>
    public const string Privacy = "privacy";

    /// <summary>The method gives no reliable value for so few people or events (a statistical rule, not privacy).</summary>
    public const string Unreliable = "unreliable";

    /// <summary>Nobody in the group: nothing to measure.</summary>
    public const string NoData = "no_data";

    /// <summary>The measure does not apply to the group: an age-standardised rate or a life table within one age band.</summary>
    public const string NotApplicable = "not_applicable";

    /// <summary>
    /// The reason for a row, or empty when it has a value. A group of nobody is <see cref="NoData"/> even
    /// though the gate hides its value (a denominator of 0 is below the smallest published count): its
    /// published 0 already says so, and a hidden value could not reveal anything. A denominator the gate
    /// hid is never called empty.
    /// </summary>
    public static string Of(IndicatorDefinition definition, string breakdown, PublishedCell cell, long denominator) =>
        !cell.Suppressed && cell.Value is not null ? ""
        : denominator <= 0 && cell.DenominatorReason == SuppressionReason.None ? NoData
        : cell.Suppressed ? Privacy
        : breakdown == "age_band" && definition.Measure is MeasureType.DirectlyStandardisedRate or MeasureType.LifeExpectancy ? NotApplicable
        : Unreliable;
}
