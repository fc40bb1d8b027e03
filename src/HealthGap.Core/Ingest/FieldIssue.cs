namespace HealthGap.Core.Ingest;

/// <summary>What <see cref="FieldScan"/> found in a field.</summary>
internal enum FieldIssue
{
    /// <summary>Nothing wrong.</summary>
    None,

    /// <summary>A control character (NUL, tab, line break…).</summary>
    ControlCharacter,

    /// <summary>U+FFFD: bytes that were not valid UTF-8.</summary>
    NotUtf8,

    /// <summary>A valid-looking NHS number.</summary>
    NhsNumber,
}
