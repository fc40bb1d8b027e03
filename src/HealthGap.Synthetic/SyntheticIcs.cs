using System.Diagnostics;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Reference;
using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic;

/// <summary>
/// The synthetic integrated care system: realistic people on an ICB's real LSOAs, their GP,
/// hospital, cancer, council and community records over a period, with documented planted
/// inequalities (<c>truth.json</c>) and deliberate imperfections, written in the extract formats of
/// <c>docs/extracts.md</c>. It owns generation only; reading the extracts back is ingest's job.
/// </summary>
public static class SyntheticIcs
{
    /// <summary>Generates the extracts into <see cref="SynthOptions.OutputDirectory"/>.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="reference">The loaded reference data.</param>
    /// <param name="progress">Receives (people done, people in total) as shards finish.</param>
    public static SynthSummary Generate(SynthOptions options, ReferenceData reference, IProgress<(long Done, long Total)>? progress = null)
    {
        Validate(options);
        var icbs = reference.FindIcbs(options.Icb);
        if (icbs.Count != 1)
        {
            throw new ArgumentException(icbs.Count == 0
                ? $"No ICB matches '{options.Icb}'. Use an ODS code such as QE1; 'healthgap reference icb NAME' finds it."
                : $"'{options.Icb}' matches {icbs.Count} ICBs ({string.Join(", ", icbs.Take(5).Select(i => i.OdsCode))}); use an ODS code.");
        }

        var stopwatch = Stopwatch.StartNew();
        var context = new SynthContext(options, reference, reference.Profile(icbs[0]), CodeLists.Load(CodelistLibrary.Load(options.Paths.CodelistsDir)));
        var generator = new ShardGenerator(context);
        var tally = new TruthTally();
        var rows = new long[FeedLayout.All.Count];
        var dirt = new long[FeedLayout.All.Count, Enum.GetValues<Dirty.DirtKind>().Length];
        var owners = new Dirty.DirtOwners();
        long people = 0, fhirPeople = 0;
        rows[(int)Feed.GpPractices] = context.Practices.All.Count;

        using (var writer = new ExtractWriter(options.OutputDirectory, context.Practices.All, context.FhirStride > 0))
        {
            var plans = context.Plans;
            var chunk = Math.Max(4, Environment.ProcessorCount * 8);
            Task? pending = null;
            for (var start = 0; start < plans.Count; start += chunk)
            {
                var count = Math.Min(chunk, plans.Count - start);
                var results = new ShardResult[count];
                var offset = start;
                Parallel.For(0, count, i => results[i] = generator.Run(plans[offset + i]));
                pending?.Wait();
                pending = Task.Run(() =>
                {
                    foreach (var result in results)
                    {
                        writer.Write(result);
                        tally.Merge(result.Tally);
                        people += result.People;
                        fhirPeople += result.Fhir?.People ?? 0;
                        owners.Merge(result.Output.Dirt.Owners);
                        for (var f = 0; f < rows.Length; f++)
                        {
                            rows[f] += result.Output.Rows[f];
                            for (var k = 0; k < dirt.GetLength(1); k++)
                            {
                                dirt[f, k] += result.Output.Dirt.Counts[f, k];
                            }
                        }
                    }

                    progress?.Report((people, context.TotalPeople));
                });
            }

            pending?.Wait();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        TruthWriter.Write(Path.Combine(options.OutputDirectory, "truth.json"), context, tally, dirt, owners, people);
        var byFile = FeedLayout.All.ToDictionary(f => f.FileName, f => rows[(int)f.Feed], StringComparer.Ordinal);
        return new SynthSummary(people, byFile, dirt.Cast<long>().Sum(), fhirPeople, seconds);
    }

    private static void Validate(SynthOptions options)
    {
        if (options.Scale is <= 0 or > 2)
        {
            throw new ArgumentException($"--scale must be above 0 and at most 2 (1 = the ICB's real population); got {options.Scale}.");
        }

        if (options.To <= options.From.AddYears(1))
        {
            throw new ArgumentException($"--to ({options.To:yyyy-MM-dd}) must be more than a year after --from ({options.From:yyyy-MM-dd}): indicators look back 12 months.");
        }

        if (options.Dirty is < 0 or > 0.5)
        {
            throw new ArgumentException($"--dirty must be between 0 and 0.5 (a share of rows); got {options.Dirty}.");
        }

        if (options.FhirSample < 0)
        {
            throw new ArgumentException($"--fhir-sample must be 0 or more; got {options.FhirSample}.");
        }
    }
}
