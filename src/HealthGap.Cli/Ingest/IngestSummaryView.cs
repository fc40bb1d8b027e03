using System.Globalization;
using HealthGap.Core.Ingest;

namespace HealthGap.Cli.Ingest;

/// <summary>The end-of-ingest summary: per file, by quarantine reason, opt-outs, linkage and speed.</summary>
internal static class IngestSummaryView
{
    public static void Write(IngestSummary summary, string store, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        if (summary.BatchId is null)
        {
            output.WriteLine($"Nothing new: the store {store} already holds every file ({string.Join(", ", summary.AlreadyLoaded)}). No table changed.");
            return;
        }

        output.WriteLine(string.Create(c, $"Batch {summary.BatchId} loaded into {store} in {summary.Duration.TotalSeconds:0.0} s ({summary.RecordsPerSecond:N0} records/s)."));
        if (summary.AlreadyLoaded.Count > 0)
        {
            output.WriteLine($"Already in the store, skipped: {string.Join(", ", summary.AlreadyLoaded)}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"{"file",-36} {"read",12} {"accepted",12} {"quarantined",12} {"opted out",10} {"linked",12} {"link rate",9}"));
        foreach (var f in summary.Files)
        {
            var rate = f.LinkageRate is { } r ? r.ToString("P1", c) : "";
            output.WriteLine(string.Create(c, $"{f.File + (f.Feed + ".csv" == f.File ? "" : " → " + f.Feed),-36} {f.Read,12:N0} {f.Accepted,12:N0} {f.Quarantined,12:N0} {f.OptedOut,10:N0} {f.LinkedByNhsNumber + f.LinkedByFallback,12:N0} {rate,9}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"Accepted {summary.Accepted:N0}; quarantined {summary.Quarantined:N0}; linked {summary.Linked:N0} (of which by date of birth + sex + LSOA: {summary.Files.Sum(f => f.LinkedByFallback):N0})."));
        foreach (var (reason, count) in summary.QuarantinedByReason.OrderByDescending(x => x.Value))
        {
            output.WriteLine(string.Create(c, $"  quarantined {reason,-24} {count,10:N0}"));
        }

        output.WriteLine(string.Create(c, $"National data opt-out: {summary.OptedOutPeople:N0} people excluded ({summary.OptedOutRecords:N0} records) from a list of {summary.OptOutListSize:N0}. Only the count is stored."));
        foreach (var warning in summary.Warnings)
        {
            output.WriteLine("warning: " + warning);
        }

        output.WriteLine("See why records were quarantined: SELECT * FROM quarantine WHERE batch_id = '" + summary.BatchId + "'");
    }

    /// <summary>Wall and CPU seconds per phase, for finding where an ingest spends its time.</summary>
    public static void WriteTimings(IngestSummary summary, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"{"phase",-44} {"wall s",8} {"cpu s",8}"));
        foreach (var t in summary.Timings)
        {
            output.WriteLine(FormattableString.Invariant($"{t.Phase,-44} {t.WallSeconds,8:0.00} {t.CpuSeconds,8:0.00}"));
        }

        output.WriteLine(FormattableString.Invariant($"{"total",-44} {summary.Timings.Sum(t => t.WallSeconds),8:0.00} {summary.Timings.Sum(t => t.CpuSeconds),8:0.00}"));
    }
}
