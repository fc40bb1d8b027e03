using HealthGap.Cli.Output;
using HealthGap.Core.Disclosure;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Web.Reports;
using Spectre.Console;

namespace HealthGap.Cli.WaitingList;

/// <summary>Runs the analysis, the gate and the writers, with a progress bar on the error stream.</summary>
internal static class WaitingListRun
{
    public static IReadOnlyList<string> Run(string storePath, WaitingListPeriod period, string outDir, DisclosureGate gate)
    {
        var console = ProgressConsole.Create();
        IReadOnlyList<string> files = [];
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("waiting list", maxValue: 4);
            task.Description = "reading and analysing pathways";
            var result = new WaitingListAnalysis().Run(storePath, period);
            task.Increment(2);
            task.Description = "disclosure control";
            var published = WaitingListPublication.Publish(result, gate);
            task.Increment(1);
            task.Description = "writing CSV tables and report.html";
            Directory.CreateDirectory(outDir);
            var report = Path.Combine(outDir, "report.html");
            File.WriteAllText(report, WaitingListReport.Render(published));
            files = [.. WaitingListCsv.Write(published, outDir), report];
            task.Increment(1);
        });
        return files;
    }
}
