using System.Globalization;
using System.Text;
using HealthGap.Core.Funding;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Funding.Comparison;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>
/// Funding scenarios: a budget divided over the ICB's places (or sub-ICBs) by the five standard rules,
/// the chosen rule's table, the rules side by side with the chart, and a CSV of every area under every
/// rule. All from the shipped reference data (IMD 2019, IoD2019 populations) through the same code as
/// <c>healthgap funding compare</c>; a GET form, so every scenario has a shareable URL and no script is needed.
/// </summary>
internal sealed class FundingModel(ResultsProvider results) : PageModel
{
    /// <summary>The largest budget the page accepts (£10bn), far above any health-inequalities allocation.</summary>
    public const long MaxBudget = 10_000_000_000;

    private static readonly Lazy<DataVintage> Vintage = new(() => ReferenceFingerprint.Of(ReferenceProvider.Reference));

    /// <summary>The levels offered (the ones that need no groups file and stay readable on a page).</summary>
    public static IReadOnlyList<string> Levels { get; } = ["place", "sub-icb"];

    [BindProperty(SupportsGet = true)]
    public string? Icb { get; set; }

    [BindProperty(SupportsGet = true)]
    public long Budget { get; set; } = 2_500_000;

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; } = "place";

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; } = "need-imd";

    /// <summary>What was wrong with the request, for the error summary; null when all is well.</summary>
    public string? Error { get; private set; }

    public ScenarioComparison? Comparison { get; private set; }

    /// <summary>
    /// Places only partly inside the ICB (most of the district's people live in another ICB) with what the
    /// equal-shares rule gives each of their residents here: a whole share for a sliver of a district.
    /// </summary>
    public IReadOnlyList<PartlyInside> PartlyInsideIcb { get; private set; } = [];

    /// <summary>The scenario of the chosen rule.</summary>
    public AllocationScenario? Chosen { get; private set; }

    /// <summary>The server-side chart of pounds per head, or null.</summary>
    public string? Chart { get; private set; }

    public void OnGet() => Compute();

    /// <summary>Every area under every rule, as CSV (the same query as the page).</summary>
    public IActionResult OnGetCsv()
    {
        Compute();
        if (Comparison is null)
        {
            return BadRequest(Error ?? "The scenario could not be computed.");
        }

        var csv = new StringBuilder("code,name,population,core20_population,")
            .AppendJoin(',', Comparison.Scenarios.Select(s => "pounds_" + s.RuleId.Replace('-', '_'))).Append('\n');
        foreach (var row in Comparison.Rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{HealthGap.Core.Export.CsvField.Escape(row.Unit.Code)},{HealthGap.Core.Export.CsvField.Escape(row.Unit.Name)},{row.Unit.Population},{row.Unit.Core20Population},")
                .AppendJoin(',', row.AmountsPounds.Select(a => a.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        csv.Append("BID-POT,\"Bid pot\",0,0,").AppendJoin(',', Comparison.Scenarios.Select(s => s.BidPotPounds.ToString(CultureInfo.InvariantCulture))).Append('\n');
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"funding-{Chosen!.Scope.Code}-{Budget}.csv");
    }

    private void Compute()
    {
        Icb = string.IsNullOrWhiteSpace(Icb) ? results.TryCurrent()?.Icb?.Code ?? "QE1" : Icb.Trim();
        Level ??= "place";
        Rule ??= "need-imd";
        if (ModelState.GetFieldValidationState(nameof(Budget)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            Error = "The budget must be whole pounds, e.g. 2500000 (no £ sign, commas or pence).";
            return;
        }

        var icb = ReferenceProvider.FindIcb(Icb);
        var level = Level switch { "place" => AllocationLevel.Place, "sub-icb" => AllocationLevel.SubIcb, _ => (AllocationLevel?)null };
        var ruleIndex = AllocationRules.DefaultComparison.ToList().IndexOf(Rule);
        Error = icb is null ? $"'{Icb}' is not an ICB code. Use an ODS code such as QE1 or a GSS code such as E54000048."
            : level is null ? $"'{Level}' is not a level here; choose place or sub-icb."
            : ruleIndex < 0 ? $"'{Rule}' is not one of the rules here: {string.Join(", ", AllocationRules.DefaultComparison)}."
            : Budget is < 0 or > MaxBudget ? string.Create(CultureInfo.InvariantCulture, $"£{Budget:N0} is outside 0 to £{MaxBudget:N0}; give the budget in whole pounds.")
            : null;
        if (Error is not null)
        {
            return;
        }

        try
        {
            var scope = new AllocationScope(icb!.OdsCode, icb.Name, level!.Value);
            var units = AllocationUnits.Build(ReferenceProvider.Reference.Lsoas.Where(l => l.Icb == icb).ToArray(), level.Value);
            var budget = new Budget(Budget);
            var scenarios = AllocationRules.DefaultComparison
                .Select(id => Allocator.Allocate(scope, units, budget, AllocationRules.Create(id, new AllocationRuleOptions()), Vintage.Value)).ToArray();
            Comparison = ScenarioComparer.Compare(scenarios, baselineIndex: 0);
            PartlyInsideIcb = level == AllocationLevel.Place ? PartlyInside.Find(Comparison, ReferenceProvider.Reference.Lsoas) : [];
            Chosen = scenarios[ruleIndex];

            // The chart scales to a desktop column with the site's chart style; on a phone it keeps its drawn
            // size (12 px text) and scrolls sideways in its own labelled region (_FundingComparison).
            Chart = ScenarioChart.PerHead(Comparison, $"Pounds per resident, {icb.Name}").Replace("<svg ", "<svg class=\"hg-chart hg-chart--natural\" ", StringComparison.Ordinal);
        }
        catch (FundingInputException ex)
        {
            Error = ex.Message;
        }
    }
}
