namespace HealthGap.Cli.Fuzz;

/// <summary>What a fuzz input is read as.</summary>
internal enum FuzzTargetKind
{
    /// <summary>A CSV extract of one feed.</summary>
    Csv,

    /// <summary>FHIR R4 NDJSON or a Bundle.</summary>
    Fhir,

    /// <summary>An indicator definition (YAML).</summary>
    Definition,
}

/// <summary>One real, small input the fuzzer mutates: a slice of a synthetic extract, or an indicator definition.</summary>
/// <param name="Kind">How it is read.</param>
/// <param name="FileName">The file name it is read under (ingest picks the feed or resource type by name).</param>
/// <param name="Content">The bytes.</param>
internal sealed record FuzzSeed(FuzzTargetKind Kind, string FileName, byte[] Content);
