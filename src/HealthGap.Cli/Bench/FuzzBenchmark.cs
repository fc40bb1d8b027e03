using System.Globalization;
using HealthGap.Cli.Fuzz;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Issue 16's fuzzing target: ≥ 1,000,000 malformed CSV, FHIR and definition inputs (mutations of real
/// synthetic extracts and the shipped indicator definitions) with 0 crashes and every record accounted for.
/// <c>--inputs N</c> (default 100,000) and <c>--seed S</c> choose the run; failures are saved as reproducers
/// in <c>WORK_DIR/fuzz-findings/</c>.
/// </summary>
internal sealed class FuzzBenchmark : IBenchmark
{
    public string Name => "fuzz";

    public string Description => "malformed CSV/FHIR/definitions (--inputs N, --seed S): 0 crashes, 0 accounting mismatches; inputs per second";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var inputs = context.Inputs ?? 100_000;
        var findings = Path.Combine(context.WorkDirectory, "fuzz-findings");
        var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
        context.Output.WriteLine("building seeds from a tiny synthetic ICS and the indicator library...");
        var corpus = FuzzCorpus.Build(context.WorkDirectory, reference, 5);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Seeds.Count} seeds; running {inputs:N0} inputs with seed {context.Seed}..."));
        var report = new FuzzRunner(corpus, reference, context.WorkDirectory, findings).Run(inputs, context.Seed, context.Output);
        foreach (var finding in report.Findings.Take(20))
        {
            context.Output.WriteLine("  reproducer: " + finding);
        }

        context.Output.WriteLine(report.Findings.Count == 0 ? "no findings." : $"{report.Findings.Count} reproducers in {findings} (each with a .txt saying why).");
        return
        [
            new("inputs", report.Inputs, "inputs", "≥ 1,000,000", report.Inputs >= 1_000_000),
            new("inputs per second", report.InputsPerSecond, "inputs/s", "", null),
            .. Enum.GetValues<FuzzTargetKind>().SelectMany(k => new Measurement[]
            {
                new($"{k} inputs", report.ByKind[k], "inputs", "", null),
                new($"{k} inputs per second (reading only)", report.SecondsByKind[k] > 0 ? report.ByKind[k] / report.SecondsByKind[k] : 0, "inputs/s", "", null),
            }),
            new("crashes", report.Crashes, "inputs", "0", report.Crashes == 0),
            new("accounting mismatches", report.Mismatches, "inputs", "0", report.Mismatches == 0),
        ];
    }
}
