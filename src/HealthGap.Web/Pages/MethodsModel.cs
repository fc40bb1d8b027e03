using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>Methods and data: how the figures are made, the disclosure policy they passed, and where the files are.</summary>
internal sealed class MethodsModel(ResultsProvider provider) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public DateTime? Written { get; private set; }

    public void OnGet()
    {
        Results = provider.Current;
        var file = new FileInfo(Path.Combine(provider.Directory, ResultsReader.IndicatorsFile));
        Written = file.Exists ? file.LastWriteTimeUtc : null;
    }
}
