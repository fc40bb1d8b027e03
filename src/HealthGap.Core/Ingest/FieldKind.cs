namespace HealthGap.Core.Ingest;

/// <summary>How a field is checked and parsed (see <see cref="RowValidator"/>).</summary>
internal enum FieldKind
{
    /// <summary>A record identifier: must not be empty.</summary>
    RecordId,

    /// <summary>An NHS number: checked by <see cref="PersonResolver"/> before anything else.</summary>
    NhsNumber,

    /// <summary>An ISO date, not in the future, not before 1900.</summary>
    Date,

    /// <summary>A date of birth (same rules as a date; masked to the year in quarantine).</summary>
    BirthDate,

    /// <summary>A value from a fixed list.</summary>
    Code,

    /// <summary>A SNOMED CT concept id: 6–18 digits.</summary>
    Snomed,

    /// <summary>An ICD-10 code without the dot (A00–Z99, optionally 1–2 more characters).</summary>
    Icd10,

    /// <summary>An OPCS-4 code without the dot (a letter and 2–3 digits).</summary>
    Opcs4,

    /// <summary>A number (invariant culture).</summary>
    Number,

    /// <summary>Free text (kept as is; never a person identifier in these feeds).</summary>
    Text,

    /// <summary>An English 2011 LSOA code known to the reference data.</summary>
    Lsoa,

    /// <summary>A GP practice code in <c>gp_practices.csv</c> or the store.</summary>
    Practice,
}
