using System.CommandLine;
using HealthGap.Cli.Output;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Store;
using Spectre.Console;

namespace HealthGap.Cli.Ingest;

/// <summary>
/// <c>healthgap ingest DIR</c>: validate, pseudonymise, honour the national data opt-out, link and load a
/// folder of extracts into the store. Progress goes to stderr; the summary to stdout.
/// </summary>
internal static class IngestCommand
{
    /// <summary>Default store file.</summary>
    public const string DefaultStore = "./healthgap-data/healthgap.duckdb";

    /// <summary>Default demo key file (outside the store folder on purpose).</summary>
    public const string DemoKeyFile = "./healthgap-data-key/pseudonymisation.key";

    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Folder holding the extract files (as written by 'healthgap synth', or FHIR NDJSON/Bundles)." };
        var store = new Option<string>("--store") { Description = "DuckDB store file to create or update.", DefaultValueFactory = _ => DefaultStore };
        var keyFile = new Option<string?>("--key-file") { Description = $"File holding the secret pseudonymisation key (hex). Else ${PseudonymisationKey.EnvironmentVariable}; else a demo key is generated in {DemoKeyFile}." };
        var timings = new Option<bool>("--timings") { Description = "Also print the wall and CPU seconds of each phase (reading each file, checks, merge, people, commit)." };
        var memoryLimit = new Option<string>("--memory-limit")
        {
            Description = "DuckDB's memory for the load, e.g. 2GB or 1536MB; beyond it DuckDB spills to disk. The ingest also holds about 200 bytes per person and a duplicate filter of up to 256 MB, so lower this on a small machine or for a much larger ICS.",
            DefaultValueFactory = _ => MemoryLimit.Default.Text,
        };
        memoryLimit.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!MemoryLimit.TryParse(value, out _))
            {
                result.AddError($"--memory-limit must be a size such as 2GB or 1536MB (a number more than 0 followed by KB, MB or GB); got '{value}'.");
            }
        });
        var command = new Command(
            "ingest",
            """
            Load a folder of extracts (GP, A&E, admissions, outpatients, waiting list, cancer, deaths, social
            care, council, VCSE, mental health, the opt-out list; CSV or FHIR R4) into the HealthGap store.
            Every record is checked; failures go to the quarantine table with a named reason. NHS numbers are
            replaced by a keyed pseudonym at the door and never stored; people on the national data opt-out
            list are left out entirely. Re-running the same files changes nothing.

            Keep the key apart from the store: whoever holds both can re-identify people.

            Examples:
              healthgap ingest ./extract --key-file /secure/healthgap.key
              HEALTHGAP_PSEUDONYMISATION_KEY=$(cat /secure/key) healthgap ingest ./extract --store ./ics.duckdb
              healthgap ingest ./extract/fhir
              healthgap ingest ./extract --timings    # where the time went, phase by phase
              healthgap ingest ./extract --memory-limit 1GB    # a small machine
            """)
        {
            directory, store, keyFile, timings, memoryLimit,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = Options(parse.GetValue(directory)!, parse.GetValue(store)!, parse.GetValue(keyFile), parse.GetValue(memoryLimit)!, parse.InvocationConfiguration.Error);
            var summary = Run(options, output);
            if (parse.GetValue(timings))
            {
                IngestSummaryView.WriteTimings(summary, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The options <c>healthgap ingest</c> runs with: the key from <paramref name="keyFile"/>, else the environment,
    /// else the demo key (made if missing, with a warning on <paramref name="error"/>); the memory limit as validated.
    /// </summary>
    public static IngestOptions Options(string directory, string store, string? keyFile, string memoryLimit, TextWriter error) =>
        new(directory, store, ResolveKey(keyFile, error))
        {
            Paths = CliEnvironment.Paths,
            HoldBeforeCommit = CliEnvironment.Read(CliEnvironment.IngestHoldBeforeCommitVariable),
            MemoryLimit = MemoryLimit.Parse(memoryLimit),
        };

    /// <summary>Runs <see cref="Ingestor"/> with a progress bar (on a terminal) and writes its summary to <paramref name="output"/>.</summary>
    public static IngestSummary Run(IngestOptions options, TextWriter output)
    {
        var summary = RunWithProgress(options, output);
        IngestSummaryView.Write(summary, options.StorePath, output);
        return summary;
    }

    private static PseudonymisationKey ResolveKey(string? keyFile, TextWriter error)
    {
        if (keyFile is not null)
        {
            return PseudonymisationKey.FromFile(keyFile);
        }

        var fromEnvironment = CliEnvironment.Read(CliEnvironment.PseudonymisationKeyVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return PseudonymisationKey.FromText(fromEnvironment, "$" + PseudonymisationKey.EnvironmentVariable);
        }

        if (File.Exists(DemoKeyFile))
        {
            error.WriteLine($"warning: using the demo pseudonymisation key in {DemoKeyFile}. For real data give --key-file or ${PseudonymisationKey.EnvironmentVariable}.");
            return PseudonymisationKey.FromFile(DemoKeyFile);
        }

        error.WriteLine($"warning: no pseudonymisation key given; generated a DEMO key in {DemoKeyFile} (outside the store folder). " +
            $"For real data generate a key with 'openssl rand -hex 32', keep it away from the store, and pass --key-file.");
        return PseudonymisationKey.Generate(DemoKeyFile);
    }

    private static IngestSummary RunWithProgress(IngestOptions options, TextWriter output)
    {
        if (Console.IsErrorRedirected || output != Console.Out)
        {
            return new Ingestor(options).Run();
        }

        var console = ProgressConsole.Create();
        IngestSummary? summary = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = Math.Min(p.BytesDone, task.MaxValue);
                    var rate = clock.Elapsed.TotalSeconds > 0 ? p.Records / clock.Elapsed.TotalSeconds : 0;
                    task.Description = $"{Markup.Escape(p.Stage)} {p.Records:N0} records, {rate:N0}/s";
                });
                summary = new Ingestor(options).Run(progress);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
