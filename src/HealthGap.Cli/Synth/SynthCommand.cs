using System.CommandLine;
using System.Globalization;
using HealthGap.Cli.Output;
using HealthGap.Core.Reference;
using HealthGap.Synthetic;
using Spectre.Console;

namespace HealthGap.Cli.Synth;

/// <summary>
/// <c>healthgap synth</c>: generate a synthetic integrated care system — realistic people on an
/// ICB's real LSOAs with planted, documented inequalities — as the extracts ingest reads.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var icb = new Option<string>("--icb") { Description = "ICB ODS code (QE1), GSS code or a unique part of its name.", DefaultValueFactory = _ => "QE1" };
        var scale = new Option<double>("--scale") { Description = "Share of the real population to generate (1 = full size, ~1.66M people for QE1).", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<long>("--seed") { Description = "Random seed: the same seed and options give byte-identical files.", DefaultValueFactory = _ => 42 };
        var from = new Option<string>("--from") { Description = "First day of the period (YYYY-MM-DD).", DefaultValueFactory = _ => "2021-04-01" };
        var to = new Option<string>("--to") { Description = "Last day of the period and reference date of the extracts (YYYY-MM-DD).", DefaultValueFactory = _ => "2025-03-31" };
        var dirty = new Option<double>("--dirty") { Description = "Share of rows deliberately damaged for ingest to catch (0 = clean).", DefaultValueFactory = _ => 0.01 };
        var fhir = new Option<int>("--fhir-sample") { Description = "About how many people's GP data to also write as FHIR R4 NDJSON in OUT/fhir (0 = none).", DefaultValueFactory = _ => 2000 };
        var output = new Option<string>("--out") { Description = "Folder to write the extracts, fhir/ and truth.json to (created if missing).", Required = true };
        var command = new Command(
            "synth",
            """
            Generate a synthetic integrated care system on an ICB's real LSOAs: people in proportion to the
            real IoD2019 populations, with real age structure and Census 2011 ethnic mix, registered with
            synthetic practices and PCNs; their GP records (SNOMED CT), appointments, A&E, admissions (ICD-10,
            OPCS-4), outpatients, waiting list, cancer registrations, deaths, social care, council services,
            social-prescribing referrals and mental-health contacts over the period — with planted,
            documented inequalities (truth.json) and a share of deliberately damaged rows.

            Files are those of docs/extracts.md; docs/synthetic.md explains what is planted and how.
            Every person is invented; NHS numbers come from the range reserved for testing.

            Examples:
              healthgap synth --out ./synthetic
              healthgap synth --icb QE1 --scale 1 --seed 7 --out ./qe1-full
              healthgap synth --icb "Birmingham" --scale 0.05 --dirty 0 --fhir-sample 0 --out ./bsol
            """)
        {
            icb, scale, seed, from, to, dirty, fhir, output,
        };
        command.SetAction(parse =>
        {
            var paths = CliEnvironment.Paths;
            var options = new SynthOptions
            {
                Paths = paths,
                Icb = parse.GetValue(icb)!,
                Scale = parse.GetValue(scale),
                Seed = parse.GetValue(seed),
                From = ParseDate("--from", parse.GetValue(from)!),
                To = ParseDate("--to", parse.GetValue(to)!),
                Dirty = parse.GetValue(dirty),
                FhirSample = parse.GetValue(fhir),
                OutputDirectory = parse.GetValue(output)!,
            };
            WriteSummary(Run(options, ReferenceData.Load(paths.ReferenceDataDir)), options, parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What was written, how fast, and where the truth file is.</summary>
    public static void WriteSummary(SynthSummary summary, SynthOptions options, TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {summary.People:N0} people, {summary.Events:N0} rows ({summary.DirtRows:N0} damaged on purpose) to {options.OutputDirectory} in {summary.Seconds:F1} s ({summary.EventsPerSecond:N0} rows/s)."));
        writer.WriteLine($"What is planted, and what an analysis should find: {Path.Combine(options.OutputDirectory, "truth.json")}");
    }

    /// <summary>Runs the generator with a progress bar on the error stream (stdout stays clean).</summary>
    public static SynthSummary Run(SynthOptions options, ReferenceData reference)
    {
        var console = ProgressConsole.Create();
        SynthSummary? summary = null;
        try
        {
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Generating people and their records");
                summary = SyntheticIcs.Generate(options, reference, new Progress(task));
                task.Value = task.MaxValue;
            });
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        return summary!;
    }

    private static DateOnly ParseDate(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{option} must be a date like 2021-04-01; got '{text}'.");

    private sealed class Progress(ProgressTask task) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
