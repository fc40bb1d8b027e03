using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Tests.Funding;

/// <summary>
/// The small worked example every rule is checked against, by hand:
/// A: 1,000 residents, 600 in Core20, IMD score 40 (Σ pop × score = 40,000);
/// B: 3,000 residents, none in Core20, IMD score 10 (Σ = 30,000);
/// C: no residents. Budget £10,000.
/// </summary>
internal static class WorkedExample
{
    public const long BudgetPounds = 10_000;

    public static IReadOnlyList<AllocationUnit> Units { get; } =
    [
        Unit("A", 1_000, 600, 40_000),
        Unit("B", 3_000, 0, 30_000),
        Unit("C", 0, 0, 0),
    ];

    public static DataVintage Data { get; } = new() { ReferenceFiles = new Dictionary<string, string> { ["test.csv"] = "00" } };

    public static AllocationScope Scope { get; } = new("TEST", "Worked example", AllocationLevel.Place);

    public static AllocationScenario Allocate(IAllocationRule rule, long budget = BudgetPounds) =>
        Allocator.Allocate(Scope, Units, new Budget(budget), rule, Data);

    public static long[] Amounts(AllocationScenario scenario) => scenario.Lines.Select(l => l.AmountPounds).ToArray();

    /// <summary>Writes a CSV to a temp file and returns its path.</summary>
    public static string Csv(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-funding-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static AllocationUnit Unit(string code, long population, long core20, double imdSum) => new()
    {
        Code = code, Name = "Place " + code, LsoaCount = 1, Population = population, Core20Population = core20, ImdScorePopulationSum = imdSum,
    };
}
