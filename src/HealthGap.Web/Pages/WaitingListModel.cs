using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>Waiting-list equity: the waiting-list report's tables when they exist, else how to produce them.</summary>
internal sealed class WaitingListModel(WaitingListResults waiting) : PageModel
{
    public const int MaxRows = 200;

    public WaitingListResults Waiting => waiting;

    public IReadOnlyList<string> Files { get; private set; } = [];

    public void OnGet() => Files = waiting.Files;
}
