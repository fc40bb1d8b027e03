using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HealthGap.Cli.Output;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Core.Store;
using HealthGap.Core.Vocabulary;
using Spectre.Console;

namespace HealthGap.Cli.Report;

/// <summary>
/// <c>healthgap report</c>: compute the indicator library from a store, by deprivation and group, and
/// write the disclosure-controlled report folder the web app and analysts read.
/// </summary>
internal static class ReportCommand
{
    public const string DefaultStore = "healthgap-data/healthgap.duckdb";

    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = $"The store to read (default {DefaultStore}).", DefaultValueFactory = _ => DefaultStore };
        var output = new Option<string?>("--out") { Description = "Folder to write the report into (created if missing)." };
        var indicators = new Option<string[]>("--indicators") { Description = "Indicator ids to compute (default: the whole library).", AllowMultipleArgumentsPerToken = true };
        var areaTypes = new Option<string[]>("--area-type") { Description = "Area types: icb, sub_icb, place, pcn, practice (default: all).", AllowMultipleArgumentsPerToken = true };
        var period = new Option<string?>("--period") { Description = "One period, e.g. 2024-25 (financial year), 2024 (calendar year), 2022-23 to 2024-25 (years pooled). Indicators that pool years also get the pool ending with it. Default: the latest 3 complete periods." };
        var library = new Option<string?>("--library") { Description = "Folder of indicator definitions (default: the shipped indicators/)." };
        var catalogue = new Option<string?>("--catalogue") { Description = "Write the Markdown indicator catalogue (docs/indicators.md) to this file and stop." };
        var command = new Command(
            "report",
            """
            Compute the indicator library (Core20PLUS5, the NHS health-inequalities statement indicators and
            the reports' examples) for every area, broken down by deprivation, ethnicity, sex, age and PLUS
            groups, with confidence intervals and the inequality summary (SII, RII, gap, Core20 ratio).
            Every figure passes the disclosure gate (counts 1-7 shown as [c], others rounded to 5).

            Writes indicators.csv/.json/.parquet, inequalities.csv/.json/.parquet, catalogue.json, policy.json,
            areas.csv (which reported areas nest in which; "healthgap disclosure audit" reads it).

            Examples:
              healthgap report --out report
              healthgap report --store S/healthgap.duckdb --out report --indicators smi_health_check_all6 dsr_emergency_adm
              healthgap report --out report --area-type icb place --period 2024-25
              healthgap report --catalogue docs/indicators.md
            """)
        {
            store, output, indicators, areaTypes, period, library, catalogue,
        };
        command.SetAction(parse =>
        {
            var definitions = LoadLibrary(parse.GetValue(library), parse.GetValue(indicators) ?? []);
            if (parse.GetValue(catalogue) is { } cataloguePath)
            {
                File.WriteAllText(cataloguePath, CatalogueMarkdown.Generate(LoadLibrary(parse.GetValue(library), [])));
                parse.InvocationConfiguration.Output.WriteLine($"wrote {cataloguePath}");
                return ExitCodes.Success;
            }

            var outDir = parse.GetValue(output) ?? throw new CliUsageException("say where to write the report with --out DIR.");
            var storePath = parse.GetValue(store)!;
            if (!File.Exists(storePath) && !Directory.Exists(storePath))
            {
                throw new CliUsageException($"no store at '{storePath}'. Create one with 'healthgap ingest DIR --store {storePath}' or pass --store PATH.");
            }

            var wantedAreas = parse.GetValue(areaTypes) is { Length: > 0 } a ? a : null;
            foreach (var unknown in (wantedAreas ?? []).Where(x => !AreaTypes.PersonColumns.ContainsKey(x)))
            {
                throw new CliUsageException($"unknown area type '{unknown}'. Use: {string.Join(", ", AreaTypes.All)}.");
            }

            var request = new ReportRequest(storePath, definitions) { AreaTypes = wantedAreas, Period = parse.GetValue(period), Paths = CliEnvironment.Paths };
            RunAndWrite(request, outDir, parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    public static IReadOnlyList<IndicatorDefinition> LoadLibrary(string? directory, IReadOnlyList<string> ids)
    {
        var paths = CliEnvironment.Paths;
        var codelists = CodelistLibrary.Load(paths.CodelistsDir);
        IReadOnlyList<IndicatorDefinition> all;
        try
        {
            all = new DefinitionLoader(codelists).LoadDirectory(directory ?? paths.IndicatorsDir);
        }
        catch (DefinitionException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var unknown = ids.Where(id => all.All(d => d.Id != id)).ToList();
        return unknown.Count > 0
            ? throw new CliUsageException($"no indicator {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(d => d.Id))}.")
            : ids.Count == 0 ? all : [.. all.Where(d => ids.Contains(d.Id))];
    }

    /// <summary>
    /// What <c>healthgap report</c> does once its options are checked: runs the report, writes the folder and
    /// prints the summary and the time split to <paramref name="output"/>. The demo calls it too.
    /// </summary>
    public static ReportOutcome RunAndWrite(ReportRequest request, string outDir, TextWriter output)
    {
        var outcome = Run(request);
        var writing = Stopwatch.StartNew();
        ReportFolder.Write(outDir, outcome.Contents);
        var (contents, t) = (outcome.Contents, outcome.Timings);
        var synthetic = contents.Source == ReportSource.Synthetic;
        output.WriteLine(
            $"wrote {contents.Rows.Count} indicator rows and {contents.Inequalities.Count} inequality rows for {request.Definitions.Count} indicators to {outDir} ({contents.Policy.Label})"
            + (synthetic ? "; the store holds synthetic extracts, so every figure is marked synthetic" : ""));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"took {(t.Wall + writing.Elapsed).TotalSeconds:0.0} s: engine {t.Engine.TotalSeconds:0.0} s, statistics and disclosure gate {t.Statistics.TotalSeconds:0.0} s (overlapping), writing {writing.Elapsed.TotalSeconds:0.0} s"));
        return outcome;
    }

    /// <summary>
    /// Runs the report on a store, showing progress. Only a request the store cannot answer (a period
    /// outside the data, an empty store) is a usage error; any other exception is a fault and surfaces as one.
    /// </summary>
    public static ReportOutcome Run(ReportRequest request)
    {
        var console = ProgressConsole.Create();
        ReportOutcome? outcome = null;
        console.Progress().Start(context =>
        {
            var task = context.AddTask("indicators", maxValue: 1);
            try
            {
                outcome = ReportRun.Compute(request, (what, done, steps) =>
                {
                    task.Description = Markup.Escape(what);
                    task.MaxValue = steps;
                    task.Value = done;
                });
            }
            catch (ReportRequestException ex)
            {
                throw new CliUsageException(ex.Message);
            }
            catch (DuckDBException ex)
            {
                throw new StoreException($"reading the store '{request.StorePath}' failed: {ex.Message.Split('\n', 2)[0]}. Check it is a store 'healthgap ingest' wrote and that no ingest is writing to it.", ex);
            }

            task.Value = task.MaxValue;
        });
        return outcome!;
    }
}
