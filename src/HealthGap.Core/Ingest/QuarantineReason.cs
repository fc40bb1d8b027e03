namespace HealthGap.Core.Ingest;

/// <summary>
/// The named, stable reasons a record is quarantined (documented in <c>docs/ingest.md</c>). Analysts and
/// the synthetic truth file count by these strings, so they never change once published.
/// </summary>
internal static class QuarantineReason
{
    /// <summary>The NHS number is not ten digits or fails the Modulus 11 check.</summary>
    public const string InvalidNhsNumber = "invalid_nhs_number";

    /// <summary>The LSOA code is not an English 2011 LSOA in the reference data.</summary>
    public const string UnknownLsoa = "unknown_lsoa";

    /// <summary>A date is not a real ISO date (YYYY-MM-DD).</summary>
    public const string InvalidDate = "invalid_date";

    /// <summary>A date is after the day of the ingest.</summary>
    public const string DateInFuture = "date_in_future";

    /// <summary>A date of birth before 1900-01-01, or any other date before 1948-07-05 (when the NHS began).</summary>
    public const string DateOutOfRange = "date_out_of_range";

    /// <summary>A coded value is not in the field's code list (sex, ethnic category, admission method, practice…).</summary>
    public const string UnknownCode = "unknown_code";

    /// <summary>A numeric field holds something that is not a number.</summary>
    public const string InvalidNumber = "invalid_number";

    /// <summary>A field the feed requires is empty.</summary>
    public const string MissingRequiredField = "missing_required_field";

    /// <summary>The line cannot be read as a record (wrong number of fields, bad quoting, bad JSON).</summary>
    public const string MalformedLine = "malformed_line";

    /// <summary>A record with the same record_id was already read earlier in the same batch.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>An activity record for an NHS number with no GP registration in the store or the batch.</summary>
    public const string UnregisteredPerson = "unregistered_person";

    /// <summary>A record without an NHS number whose date of birth + sex + LSOA match no person or more than one.</summary>
    public const string Unlinkable = "unlinkable";

    /// <summary>Two different NHS numbers whose pseudonyms share the 64-bit person_id.</summary>
    public const string PseudonymCollision = "pseudonym_collision";

    /// <summary>A field other than nhs_number holds a valid-looking NHS number (ten digits passing Modulus 11).</summary>
    public const string NhsNumberInField = "nhs_number_in_field";

    /// <summary>A field holds a control character (NUL, tab, line break, DEL…).</summary>
    public const string ControlCharacter = "control_character";

    /// <summary>A field held bytes that are not valid UTF-8 (read as U+FFFD).</summary>
    public const string InvalidUtf8 = "invalid_utf8";

    /// <summary>An end date before its start date (registration, admission, service, waiting-list clock).</summary>
    public const string EndBeforeStart = "end_before_start";

    /// <summary>A date before the person's date of birth in the same record.</summary>
    public const string BeforeBirth = "before_birth";

    /// <summary>Every reason, in documentation order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        InvalidNhsNumber, UnknownLsoa, InvalidDate, DateInFuture, DateOutOfRange, UnknownCode, InvalidNumber,
        MissingRequiredField, MalformedLine, Duplicate, UnregisteredPerson, Unlinkable, PseudonymCollision,
        NhsNumberInField, ControlCharacter, InvalidUtf8, EndBeforeStart, BeforeBirth,
    ];
}
