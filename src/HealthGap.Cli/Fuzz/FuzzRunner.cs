using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Fuzz;

/// <summary>
/// The fuzzing harness behind <c>healthgap bench fuzz</c>: CsCheck generates <see cref="FuzzCase"/>s from a
/// seed (so a run is reproducible), each is a real synthetic extract or definition damaged by
/// <see cref="FuzzMutator"/>, and each goes through the real ingest path (<see cref="IngestFuzzBatch"/>) or
/// the definition loader and compiler (<see cref="DefinitionFuzzTarget"/>). Every failure is saved as a
/// reproducer file (the input itself, under the name it was read as) with a <c>.txt</c> beside it saying why.
/// </summary>
internal sealed class FuzzRunner(FuzzCorpus corpus, ReferenceData reference, string workDirectory, string findingsDirectory)
{
    private const int BatchSize = 2000;
    private const string KeyHex = "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f";

    /// <summary>Runs <paramref name="inputs"/> inputs generated from <paramref name="seed"/>.</summary>
    public FuzzReport Run(long inputs, ulong seed, TextWriter? progress = null)
    {
        // Every input is written to a file (the readers take paths): on tmpfs when there is one, which on a busy
        // disk is ~50 times faster than /tmp.
        var scratch = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : workDirectory, "healthgap-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(scratch);
        Directory.CreateDirectory(findingsDirectory);
        var key = PseudonymisationKey.FromText(KeyHex, "bench fuzz (synthetic data only)");
        var definitions = new DefinitionFuzzTarget(CodelistLibrary.Load(CliEnvironment.Paths.CodelistsDir), scratch);
        var generator = FuzzCase.Generator(corpus.Seeds.Count);
        var pcg = new PCG(7, seed);
        var byKind = Enum.GetValues<FuzzTargetKind>().ToDictionary(k => k, _ => 0L);
        var ticksByKind = Enum.GetValues<FuzzTargetKind>().ToDictionary(k => k, _ => 0L);
        var findings = new List<string>();
        long crashes = 0, mismatches = 0;
        var pending = new Dictionary<int, (long Index, FuzzSeed Seed, byte[] Content)>();
        IngestFuzzBatch? batch = null;
        var clock = Stopwatch.StartNew();

        void Record(long index, FuzzSeed seed, byte[] content, FuzzProblem problem)
        {
            if (problem.Kind == FuzzProblemKind.Crash)
            {
                crashes++;
            }
            else
            {
                mismatches++;
            }

            findings.Add(Save(index, seed, content, problem));
        }

        void FinishBatch()
        {
            if (batch is null)
            {
                return;
            }

            try
            {
                foreach (var (fileId, detail) in batch.Finish())
                {
                    var (index, seed, content) = pending[fileId];
                    Record(index, seed, content, new FuzzProblem(FuzzProblemKind.AccountingMismatch, detail));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The store refused something staged by this batch: find which input, one at a time.
                foreach (var (index, seed, content) in pending.Values)
                {
                    using var alone = new IngestFuzzBatch(reference, key, corpus.Context, scratch);
                    var problem = alone.Run(seed, content) ?? Failure(alone);
                    if (problem is not null)
                    {
                        Record(index, seed, content, problem);
                    }
                }

                _ = ex;
            }

            batch.Dispose();
            batch = null;
            pending.Clear();
        }

        for (long i = 0; i < inputs; i++)
        {
            var fuzzCase = generator.Generate(pcg, null, out _);
            var seedInput = corpus.Seeds[fuzzCase.Seed];
            var content = FuzzMutator.Apply(seedInput.Content, fuzzCase.Mutations, k => corpus.Seeds[k % corpus.Seeds.Count].Content);
            byKind[seedInput.Kind]++;
            var started = Stopwatch.GetTimestamp();
            FuzzProblem? problem;
            if (seedInput.Kind == FuzzTargetKind.Definition)
            {
                problem = definitions.Run(seedInput, content);
            }
            else
            {
                batch ??= new IngestFuzzBatch(reference, key, corpus.Context, scratch);
                pending[batch.Count] = (i, seedInput, content);
                problem = batch.Run(seedInput, content);
                if (batch.Count >= BatchSize)
                {
                    FinishBatch();
                }
            }

            ticksByKind[seedInput.Kind] += Stopwatch.GetTimestamp() - started;
            if (problem is not null)
            {
                Record(i, seedInput, content, problem);
            }

            if (progress is not null && (i + 1) % 100_000 == 0)
            {
                progress.WriteLine($"  {i + 1:N0} inputs, {(i + 1) / clock.Elapsed.TotalSeconds:N0}/s, {crashes} crashes, {mismatches} mismatches");
            }
        }

        FinishBatch();
        var seconds = clock.Elapsed.TotalSeconds;
        Directory.Delete(scratch, recursive: true);
        return new FuzzReport(inputs, seconds, byKind, ticksByKind.ToDictionary(k => k.Key, k => (double)k.Value / Stopwatch.Frequency), crashes, mismatches, findings);
    }

    private static FuzzProblem? Failure(IngestFuzzBatch alone)
    {
        try
        {
            return alone.Finish() is { Count: > 0 } wrong ? new FuzzProblem(FuzzProblemKind.AccountingMismatch, wrong[0].Detail) : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FuzzProblem(FuzzProblemKind.Crash, "staging failed: " + ex);
        }
    }

    private string Save(long index, FuzzSeed seed, byte[] content, FuzzProblem problem)
    {
        var name = Path.Combine(findingsDirectory, $"{problem.Kind.ToString().ToLowerInvariant()}-{index.ToString("D8", CultureInfo.InvariantCulture)}-{seed.FileName}");
        File.WriteAllBytes(name, content);
        File.WriteAllText(name + ".txt", $"input {index} ({seed.Kind}, read as {seed.FileName})\n{problem.Kind}: {problem.Detail}\n", Encoding.UTF8);
        return name;
    }
}
