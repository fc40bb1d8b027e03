namespace HealthGap.Synthetic.Dirty;

/// <summary>The deliberate imperfections the generator plants, so ingest has real work to do.</summary>
internal enum DirtKind
{
    /// <summary>An NHS number that fails the Modulus 11 check.</summary>
    InvalidNhsNumber,

    /// <summary>An LSOA code that is not in the reference data.</summary>
    UnknownLsoa,

    /// <summary>A date that cannot exist (30 February, month 13).</summary>
    ImpossibleDate,

    /// <summary>The same row twice, byte for byte.</summary>
    ExactDuplicate,

    /// <summary>A valid NHS number that no registration holds.</summary>
    UnregisteredPerson,

    /// <summary>A line with the wrong number of fields.</summary>
    MalformedLine,
}
