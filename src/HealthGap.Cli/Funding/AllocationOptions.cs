using System.CommandLine;
using System.Globalization;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Funding;

/// <summary>The options <c>funding allocate</c> and <c>funding compare</c> share, and turning them into scenarios.</summary>
internal sealed class AllocationOptions
{
    public Option<string> Icb { get; } = new("--icb")
    {
        Description = "The ICB to fund: ODS code (QE1), GSS code or part of its name; 'England' for every LSOA in England.",
        Required = true,
    };

    public Option<long> Budget { get; } = new("--budget") { Description = "Whole pounds to divide (a year's amount when recurrent), e.g. 2500000.", Required = true };

    public Option<int> Years { get; } = new("--years") { Description = "Financial years the budget covers (default 1).", DefaultValueFactory = _ => 1 };

    public Option<bool> OneOff { get; } = new("--one-off") { Description = "The amount comes once for the whole period (default: recurrent, every year)." };

    public Option<string> Level { get; } = new("--level")
    {
        Description = "Areas to divide over: place (local authority districts, default), sub-icb, neighbourhood or pcn (needs --groups), msoa, lsoa.",
        DefaultValueFactory = _ => "place",
    };

    public Option<string?> Groups { get; } = new("--groups") { Description = "CSV of neighbourhoods or PCN footprints: lsoa11cd,neighbourhood_code[,neighbourhood_name]." };

    public Option<decimal> Core20Share { get; } = new("--core20-share") { Description = "core20-split: share to Core20 areas, the rest is a bid pot (default 0.8).", DefaultValueFactory = _ => 0.8m };

    public Option<decimal> Core20Uplift { get; } = new("--core20-uplift") { Description = "need-core20: extra weight of a Core20 resident (default 1: counts twice).", DefaultValueFactory = _ => 1m };

    public Option<string?> Weights { get; } = new("--weights") { Description = "custom: CSV code,weight. need-index: CSV code,<indicator>,<indicator>... (higher = more need)." };

    public Option<string?> NeedFromReport { get; } = new("--need-from-report")
    {
        Description = "need-index: the indicators.csv written by 'healthgap report' (catalogue.json beside it); uses each named indicator's all-persons value " +
            "per area for its latest period. Name the indicators with --indicator-weight ID=WEIGHT.",
    };

    public Option<string[]> IndicatorWeights { get; } = new("--indicator-weight")
    {
        Description = "need-index: NAME=WEIGHT for an indicator (a --weights column or a report indicator id; repeat; default with --weights: equal weights).",
        AllowMultipleArgumentsPerToken = false,
    };

    public IEnumerable<Option> All => [Icb, Budget, Years, OneOff, Level, Groups, Core20Share, Core20Uplift, Weights, NeedFromReport, IndicatorWeights];

    /// <summary>The footprint, its LSOAs and the areas' groups file from the parsed options.</summary>
    public (AllocationScope Scope, IReadOnlyCollection<Lsoa> Lsoas, NeighbourhoodGroups? Groups) Footprint(ParseResult parse, ReferenceData reference)
    {
        var query = parse.GetValue(Icb)!.Trim();
        var level = ParseLevel(parse.GetValue(Level)!);
        CodedArea? icb = null;
        if (!query.Equals("england", StringComparison.OrdinalIgnoreCase) && !query.Equals("ENG", StringComparison.OrdinalIgnoreCase))
        {
            var matches = reference.FindIcbs(query);
            icb = matches.Count switch
            {
                1 => matches[0],
                0 => throw new CliUsageException($"no ICB matches '{query}'. Use an ODS code (QE1), a GSS code (E54000048), part of a name, or England. Closest: " +
                    string.Join(", ", reference.ClosestIcbs(query).Select(i => $"{i.OdsCode} ({i.Name})")) + "."),
                _ => throw new CliUsageException($"'{query}' matches {matches.Count} ICBs; use an ODS code: " +
                    string.Join(", ", matches.Take(8).Select(i => $"{i.OdsCode} ({i.Name})")) + "."),
            };
        }

        var lsoas = icb is null ? reference.Lsoas : reference.Lsoas.Where(l => l.Icb == icb).ToArray();
        var groupsFile = parse.GetValue(Groups);
        if (groupsFile is not null && level != AllocationLevel.Neighbourhood)
        {
            throw new CliUsageException("--groups is only used with --level neighbourhood.");
        }

        var groups = groupsFile is null ? null : NeighbourhoodGroups.Read(groupsFile, lsoas, reference);
        var scope = new AllocationScope(icb?.OdsCode ?? "ENG", icb?.Name ?? "England", level, groups?.FileName, groups?.Sha256);
        return (scope, lsoas, groups);
    }

    public Budget BudgetFrom(ParseResult parse) =>
        new(parse.GetValue(Budget), parse.GetValue(Years), parse.GetValue(OneOff) ? BudgetRecurrence.OneOff : BudgetRecurrence.Recurrent);

    public AllocationRuleOptions RuleOptions(ParseResult parse) => new()
    {
        Core20Share = parse.GetValue(Core20Share),
        Core20Uplift = parse.GetValue(Core20Uplift),
        WeightsFile = parse.GetValue(Weights),
        NeedReportFile = parse.GetValue(NeedFromReport),
        IndicatorWeights = ParseIndicatorWeights(parse.GetValue(IndicatorWeights) ?? []),
    };

    private static AllocationLevel ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "place" or "lad" => AllocationLevel.Place,
        "sub-icb" or "subicb" => AllocationLevel.SubIcb,
        "neighbourhood" or "pcn" => AllocationLevel.Neighbourhood,
        "msoa" => AllocationLevel.Msoa,
        "lsoa" => AllocationLevel.Lsoa,
        _ => throw new CliUsageException($"--level '{text}' is not a level; use place, sub-icb, neighbourhood (or pcn) with --groups, msoa or lsoa."),
    };

    private static Dictionary<string, decimal>? ParseIndicatorWeights(string[] pairs)
    {
        if (pairs.Length == 0)
        {
            return null;
        }

        var weights = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 ||
                !decimal.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new CliUsageException($"--indicator-weight '{pair}' should be NAME=WEIGHT, e.g. --indicator-weight emergency_admissions=0.6.");
            }

            weights[parts[0]] = weight;
        }

        return weights;
    }
}
