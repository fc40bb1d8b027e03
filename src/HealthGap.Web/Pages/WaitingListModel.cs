using HealthGap.Core.Vocabulary;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>
/// Waiting-list equity from the tables <c>healthgap waiting-list</c> wrote: for one breakdown at a
/// time (deprivation quintile first, chosen in the query string so the view can be shared), how long
/// each group waits, how many wait over 18 weeks, and the case-mix-adjusted gap to the reference
/// group; then completed pathways and every table as a download. Without tables, how to produce them.
/// </summary>
internal sealed class WaitingListModel(WaitingListResults waiting) : PageModel
{
    public const string OpenWaits = "open_waits.csv";
    public const string CompletedWaits = "completed_waits.csv";
    public const string GapsOpen = "gaps_open.csv";
    public const string GapsCompleted = "gaps_completed.csv";

    /// <summary>The breakdown shown first: national deprivation quintile.</summary>
    public const string DefaultBreakdown = BreakdownNames.ImdQuintile;

    public WaitingListResults Waiting => waiting;

    public IReadOnlyList<string> Files { get; private set; } = [];

    public WaitingListTable? Open { get; private set; }

    public WaitingListTable? Completed { get; private set; }

    /// <summary>Every breakdown in the open-waits table (id, title), base breakdowns before intersections.</summary>
    public IReadOnlyList<(string Id, string Title)> Breakdowns { get; private set; } = [];

    public string Breakdown { get; private set; } = DefaultBreakdown;

    /// <summary>Adjusted and crude gaps for open pathways by group of the chosen breakdown.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OpenGaps { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public WaitingListTable? OpenGapTable { get; private set; }

    /// <summary>The whole waiting list's row of the open-waits table, if present.</summary>
    public IReadOnlyList<string>? AllPathways { get; private set; }

    public void OnGet(string? breakdown)
    {
        Files = waiting.Files;
        Open = waiting.Table(OpenWaits);
        if (Open is null)
        {
            return;
        }

        Completed = waiting.Table(CompletedWaits);
        Breakdowns = Open.Rows
            .Select(r => (Id: Open.Cell(r, "breakdown"), Title: Open.Cell(r, "breakdown_title")))
            .Where(b => b.Id is not (BreakdownNames.All or ""))
            .DistinctBy(b => b.Id)
            .OrderBy(b => b.Id.Contains("_x_", StringComparison.Ordinal) ? 1 : 0)
            .ToArray();
        Breakdown = Breakdowns.Any(b => b.Id == breakdown) ? breakdown!
            : Breakdowns.Any(b => b.Id == DefaultBreakdown) ? DefaultBreakdown
            : Breakdowns.Count > 0 ? Breakdowns[0].Id : DefaultBreakdown;
        AllPathways = Open.RowsOf(BreakdownNames.All) is { Count: > 0 } all ? all[0] : null;
        OpenGapTable = waiting.Table(GapsOpen);
        if (OpenGapTable is { } gaps)
        {
            OpenGaps = gaps.RowsOf(Breakdown).DistinctBy(r => gaps.Cell(r, "group")).ToDictionary(r => gaps.Cell(r, "group"), r => r);
        }
    }

    /// <summary>The title of the chosen breakdown.</summary>
    public string BreakdownTitle => Breakdowns.FirstOrDefault(b => b.Id == Breakdown).Title ?? Breakdown;
}
