using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

public sealed class SourceFileTests
{
    [Fact]
    public void Discover_ExtractBehindASymbolicLink_HasTheTargetsLengthAndHash()
    {
        // The length sizes the duplicate filter: a link's own few bytes made every key a suspect.
        var root = Path.Combine(Path.GetTempPath(), "healthgap-sourcefile-" + Guid.NewGuid().ToString("N"));
        var real = Directory.CreateDirectory(Path.Combine(root, "real")).FullName;
        var linked = Directory.CreateDirectory(Path.Combine(root, "linked")).FullName;
        try
        {
            var target = Path.Combine(real, "gp_events.csv");
            File.WriteAllText(target, "record_id,nhs_number,event_date,snomed_code,value,practice_code\n" +
                string.Concat(Enumerable.Repeat("E1,9990000018,2024-01-01,8517006,,Y90001\n", 500)));
            File.CreateSymbolicLink(Path.Combine(linked, "gp_events.csv"), target);

            var direct = Assert.Single(SourceFile.Discover(real));
            var viaLink = Assert.Single(SourceFile.Discover(linked));

            Assert.Equal(new FileInfo(target).Length, viaLink.Length);
            Assert.Equal(direct.Sha256, viaLink.Sha256);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
