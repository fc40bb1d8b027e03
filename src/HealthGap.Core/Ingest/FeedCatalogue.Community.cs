using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Ingest;

/// <summary>Local-authority and VCSE feeds: the ones that may lack an NHS number and use the fallback.</summary>
internal static partial class FeedCatalogue
{
    /// <summary><c>adult_social_care.csv</c>.</summary>
    public static FeedDefinition AdultSocialCare => new("adult_social_care", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        FieldRule.Code("service_type", "home_care", "residential", "nursing", "reablement", "direct_payment", "day_care"),
        new("service_start", FieldKind.Date), new("service_end", FieldKind.Date, false),
    ])
    {
        Event = new EventMapping("asc", "social_care_service", "local", Date: 3, Code: 2) { End = 4 },
        Periods = [(3, 4)],
    };

    /// <summary><c>council_services.csv</c> (usually no NHS number).</summary>
    public static FeedDefinition CouncilServices => new("council_services", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber, false),
        new("date_of_birth", FieldKind.BirthDate), FieldRule.Code("sex", Sexes), new("lsoa11cd", FieldKind.Lsoa),
        // The services that set a PLUS flag come from the vocabulary, so a council-derived flag is never quarantined.
        FieldRule.Code("service", [.. PlusFlag.All.Select(f => f.Derivation.CouncilService).OfType<string>(), "housing_support", "blue_badge", "council_tax_support"]),
        new("service_start", FieldKind.Date), new("service_end", FieldKind.Date, false),
    ])
    {
        Event = new EventMapping("council", "council_service", "local", Date: 6, Code: 5) { End = 7 },
        Periods = [(6, 7)],
        FallbackLinkage = true,
    };

    /// <summary><c>social_prescribing_referrals.csv</c> (NHS number may be empty).</summary>
    public static FeedDefinition SocialPrescribing => new("social_prescribing_referrals", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber, false),
        new("date_of_birth", FieldKind.BirthDate), FieldRule.Code("sex", Sexes), new("lsoa11cd", FieldKind.Lsoa),
        new("referral_date", FieldKind.Date),
        FieldRule.Code("referred_by", "gp", "social_care", "school", "vcse", "self", "hospital"),
        FieldRule.Code("referred_to", "social_prescribing_link_worker", "welfare_advice", "befriending", "physical_activity", "mental_wellbeing", "housing", "food_support"),
        FieldRule.Code("status", "received", "accepted", "declined", "completed"), FieldRule.Code("consent", "Y", "N"),
    ])
    {
        Event = new EventMapping("vcse", "referral", "local", Date: 5, Code: 7) { Detail = [6, 8, 9] },
        FallbackLinkage = true,
    };
}
