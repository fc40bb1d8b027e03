using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The report as one call, for the CLI, the demo, the web app and a future cluster alike: open the
/// store read-only, run the indicators (engine → statistics → disclosure gate → inequality summary)
/// and return the folder's contents, which <see cref="ReportFolder.Write"/> writes. A request the store
/// cannot answer throws <see cref="ReportRequestException"/>; a store that cannot be opened throws
/// <see cref="StoreException"/>; anything else is a fault.
/// </summary>
public static class ReportRun
{
    /// <summary>Runs the report on the store with the standard disclosure gate.</summary>
    /// <param name="request">What to report.</param>
    /// <param name="progress">Told what is being done, and how many of how many steps are done.</param>
    public static ReportOutcome Compute(ReportRequest request, Action<string, int, int>? progress = null)
    {
        using var connection = StoreFile.OpenReadOnly(request.StorePath, StoreFile.CoreTables);
        var esp = ReferenceData.LoadEsp2013(request.Paths.ReferenceDataDir).Bands.Select(b => b.Weight).ToList();
        var gate = DisclosureGate.Standard;
        var report = new IndicatorReport(connection, CodelistLibrary.Load(request.Paths.CodelistsDir), gate, esp);
        var result = report.Run(request.Definitions, request.AreaTypes, request.Period, request.PeriodCount, progress);
        var source = report.HasSyntheticData() ? ReportSource.Synthetic : ReportSource.Extracts;
        var contents = new ReportContents(
            result.Rows, result.Inequalities, result.Links ?? [], [.. request.Definitions.Select(CatalogueEntry.Of)], gate.Policy, source)
        {
            Adjusted = result.Adjusted,
        };
        return new ReportOutcome(contents, result.Timings!);
    }
}
