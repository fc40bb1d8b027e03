using HealthGap.Cli.Fuzz;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Tests.Fuzz;

/// <summary>
/// The bounded CI sample of <c>healthgap bench fuzz</c>: a fixed seed, a few thousand malformed CSV, FHIR and
/// definition inputs through the real readers, checks and pseudonymisation, and not one crash or record
/// unaccounted for. A failure leaves its reproducer in the findings folder named in the message.
/// </summary>
public sealed class FuzzHarnessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthgap-fuzz-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Fuzz_FixedSeedSample_NoCrashAndEveryRecordAccountedFor()
    {
        var reference = ReferenceData.Load();
        var corpus = FuzzCorpus.Build(_folder, reference, 5);
        var findings = Path.Combine(Path.GetTempPath(), "healthgap-fuzz-findings");

        var report = new FuzzRunner(corpus, reference, _folder, findings).Run(3_000, 20261207);

        Assert.All(report.ByKind.Values, n => Assert.True(n > 100, "every kind of input should be well represented"));
        Assert.True(report.Crashes == 0 && report.Mismatches == 0,
            $"{report.Crashes} crashes, {report.Mismatches} accounting mismatches; reproducers: {string.Join(", ", report.Findings.Take(5))}");
    }

    [Fact]
    public void Mutator_SameCase_SameBytes()
    {
        var seed = "record_id,nhs_number\nE1,9990000018\n\"E2\",9990000026\n"u8.ToArray();
        Mutation[] mutations = [new(MutationKind.InsertSpecial, 7, 0, 0), new(MutationKind.SpliceLine, 3, 5, 1), new(MutationKind.ReplaceNumber, 1, 0, 0)];

        var once = FuzzMutator.Apply(seed, mutations, _ => "x,y\n1,2\n"u8.ToArray());
        var twice = FuzzMutator.Apply(seed, mutations, _ => "x,y\n1,2\n"u8.ToArray());

        Assert.Equal(once, twice);
        Assert.NotEqual(seed, once);
        Assert.StartsWith("1,NaN\nrecord_\"id,", System.Text.Encoding.UTF8.GetString(once), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
