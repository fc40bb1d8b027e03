namespace HealthGap.Cli.Fuzz;

/// <summary>What a fuzz run did.</summary>
/// <param name="Inputs">Inputs run.</param>
/// <param name="Seconds">Wall time of the inputs (not of building the seeds).</param>
/// <param name="ByKind">Inputs per kind (CSV, FHIR, definition).</param>
/// <param name="SecondsByKind">Time spent reading the inputs of each kind (mutation and batch hand-over not included).</param>
/// <param name="Crashes">Inputs that threw something other than the documented error.</param>
/// <param name="Mismatches">Inputs whose records were not all accounted for.</param>
/// <param name="Findings">The reproducer files written, one per failure.</param>
internal sealed record FuzzReport(
    long Inputs, double Seconds, IReadOnlyDictionary<FuzzTargetKind, long> ByKind, IReadOnlyDictionary<FuzzTargetKind, double> SecondsByKind, long Crashes, long Mismatches, IReadOnlyList<string> Findings)
{
    /// <summary>Inputs per second.</summary>
    public double InputsPerSecond => Seconds > 0 ? Inputs / Seconds : 0;
}
