using System.Text.Json;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Tests.Ingest;

/// <summary>
/// Must show: on dirty synthetic data every injected defect is in quarantine with the right reason, and the
/// counts per file equal truth.json. The mapping of synth's kinds to ingest's reasons is documented in
/// docs/ingest.md: impossible_date → invalid_date, exact_duplicate → duplicate; dirt on opted-out people is
/// dropped with them (malformed lines and the opt-out list's own repeated or malformed lines included); a duplicate of a record without an NHS number goes where its original goes.
/// </summary>
public sealed class TruthQuarantineTests(DirtyIcsFixture fixture) : IClassFixture<DirtyIcsFixture>
{
    private static readonly string[] NoNhsNumberFeeds = ["council_services.csv", "social_prescribing_referrals.csv"];

    [Fact]
    public void Ingest_DirtySyntheticIcs_QuarantinePerFileAndReasonEqualsTruth()
    {
        var expected = Expected();
        var actual = fixture.Quarantined.Where(q => q.Value > 0).ToDictionary(q => q.Key, q => q.Value);
        Assert.True(Lines(expected) == Lines(actual), $"quarantine differs from truth.json.\nexpected (file reason rows):\n{Lines(expected)}\n\nin the store:\n{Lines(actual)}");
    }

    [Fact]
    public void Ingest_DirtySyntheticIcs_EveryDirtKindAndOptedOutDirtIsExercised()
    {
        var dirt = fixture.Truth.RootElement.GetProperty("dirt");
        foreach (var kind in dirt.GetProperty("by_kind").EnumerateObject())
        {
            Assert.True(kind.Value.GetInt64() >= 10, $"only {kind.Value.GetInt64()} rows of dirt kind {kind.Name}: the comparison would prove little.");
        }

        Assert.True(Sum(dirt.GetProperty("opted_out_by_file")) > 0, "no dirt landed on an opted-out person's rows.");
        Assert.True(Sum(dirt.GetProperty("without_nhs_number_by_file"), "exact_duplicate") > 0, "no record without an NHS number was duplicated.");
        Assert.True(fixture.Summary.OptedOutRecords >= Sum(dirt.GetProperty("opted_out_by_file")));
    }

    [Fact]
    public void Ingest_DuplicatedRecordsWithoutNhsNumber_BothCopiesUnlinkableOrOneDuplicate()
    {
        var oracle = new FallbackLinkageOracle(fixture.Extracts, ReferenceData.Load());
        foreach (var file in NoNhsNumberFeeds)
        {
            foreach (var pair in oracle.Classify(Path.Combine(fixture.Extracts, file)).GroupBy(r => r.RecordId).Where(g => g.Count() == 2))
            {
                var quarantinedAsUnlinkable = pair.Count(r => fixture.UnlinkableLines.Contains((file, r.Line)));
                Assert.Equal(pair.First().Outcome == FallbackOutcome.Unlinkable ? 2 : 0, quarantinedAsUnlinkable);
            }
        }
    }

    /// <summary>Quarantine rows each file should have, per reason, from truth.json and the fallback rule.</summary>
    private Dictionary<(string File, string Reason), long> Expected()
    {
        var dirt = fixture.Truth.RootElement.GetProperty("dirt");
        var oracle = new FallbackLinkageOracle(fixture.Extracts, ReferenceData.Load());
        var expected = new Dictionary<(string File, string Reason), long>();
        foreach (var file in dirt.GetProperty("by_file").EnumerateObject())
        {
            var all = file.Value;
            var optedOut = dirt.GetProperty("opted_out_by_file").GetProperty(file.Name);
            var withoutNhs = dirt.GetProperty("without_nhs_number_by_file").GetProperty(file.Name);
            long linkedDuplicates = 0, unlinkable = 0;
            if (NoNhsNumberFeeds.Contains(file.Name))
            {
                var rows = oracle.Classify(Path.Combine(fixture.Extracts, file.Name)).ToArray();
                var pairs = rows.GroupBy(r => r.RecordId).Where(g => g.Count() == 2).ToArray();
                Assert.Equal(Count(withoutNhs, "exact_duplicate"), pairs.Length);
                linkedDuplicates = pairs.Count(p => p.First().Outcome == FallbackOutcome.Linked);
                unlinkable = rows.Count(r => r.Outcome == FallbackOutcome.Unlinkable);
            }

            Add(expected, file.Name, "invalid_nhs_number", Count(all, "invalid_nhs_number"));
            Add(expected, file.Name, "unregistered_person", Count(all, "unregistered_person"));
            Add(expected, file.Name, "malformed_line", Count(all, "malformed_line") - Count(optedOut, "malformed_line"));
            Add(expected, file.Name, "unknown_lsoa", Count(all, "unknown_lsoa") - Count(optedOut, "unknown_lsoa"));
            Add(expected, file.Name, "invalid_date", Count(all, "impossible_date") - Count(optedOut, "impossible_date"));
            Add(expected, file.Name, "duplicate",
                Count(all, "exact_duplicate") - Count(optedOut, "exact_duplicate") - Count(withoutNhs, "exact_duplicate") + linkedDuplicates);
            Add(expected, file.Name, "unlinkable", unlinkable);
        }

        return expected;
    }

    private static void Add(Dictionary<(string File, string Reason), long> expected, string file, string reason, long count)
    {
        if (count != 0)
        {
            expected[(file, reason)] = count;
        }
    }

    private static long Count(JsonElement counts, string kind) => counts.GetProperty(kind).GetInt64();

    private static long Sum(JsonElement byFile, string? kind = null) =>
        byFile.EnumerateObject().Sum(f => f.Value.EnumerateObject().Where(k => kind is null || k.Name == kind).Sum(k => k.Value.GetInt64()));

    private static string Lines(Dictionary<(string File, string Reason), long> counts) =>
        string.Join("\n", counts.OrderBy(c => c.Key.File, StringComparer.Ordinal).ThenBy(c => c.Key.Reason, StringComparer.Ordinal)
            .Select(c => $"{c.Key.File} {c.Key.Reason} {c.Value}"));
}
