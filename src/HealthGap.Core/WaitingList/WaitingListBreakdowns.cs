using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// The catalogue of waiting-list breakdowns (names from <see cref="BreakdownNames"/> and <see cref="PlusFlag"/>): the base splits NHS England and the ICS Futures report
/// ask for, and the two-way intersections. Owns the rules that turn a person's recorded values into a
/// group (<see cref="BreakdownLevels"/>); does not read the store.
/// </summary>
public static class WaitingListBreakdowns
{
    internal const int ImdQuintile = 0;
    internal const int ImdDecile = 1;
    internal const int Core20 = 2;
    internal const int Ethnicity = 3;
    internal const int InterpreterNeeded = 4;
    internal const int EnglishNotMainLanguage = 5;
    internal const int LearningDisability = 6;
    internal const int SevereMentalIllness = 7;
    internal const int Sex = 8;
    internal const int AgeBand = 9;

    /// <summary>The whole list as one group, for totals.</summary>
    public static Breakdown All { get; } = new(BreakdownNames.All, "All pathways", [new("All", "everyone on the list")], 0);

    /// <summary>The base breakdowns, in report order (indexes match the internal constants).</summary>
    public static IReadOnlyList<Breakdown> Base { get; } =
    [
        BreakdownLevels.ImdQuintile(),
        BreakdownLevels.ImdDecile(),
        BreakdownLevels.Core20(),
        BreakdownLevels.Ethnicity(),
        BreakdownLevels.Flag(PlusFlag.InterpreterNeeded, "Interpreter needed", "people who need an interpreter", "people who do not need an interpreter"),
        BreakdownLevels.Flag(PlusFlag.EnglishNotMainLanguage, "English not main language", "people whose main language is not English", "people whose main language is English"),
        BreakdownLevels.Flag(PlusFlag.LearningDisability, "Learning disability", "people with a learning disability", "people without a learning disability"),
        BreakdownLevels.Flag(PlusFlag.SevereMentalIllness, "Severe mental illness", "people with severe mental illness", "people without severe mental illness"),
        BreakdownLevels.Sex(),
        BreakdownLevels.AgeBand(),
    ];

    /// <summary>The two-way intersections reported, as pairs of indexes into <see cref="Base"/>.</summary>
    internal static IReadOnlyList<(int First, int Second)> IntersectionPairs { get; } =
    [
        (ImdQuintile, Ethnicity),
        (ImdQuintile, AgeBand),
        (ImdQuintile, Sex),
        (ImdQuintile, LearningDisability),
        (Ethnicity, InterpreterNeeded),
        (Ethnicity, Sex),
    ];

    /// <summary>The intersections, built from <see cref="IntersectionPairs"/>.</summary>
    public static IReadOnlyList<Breakdown> Intersections { get; } =
        IntersectionPairs.Select(p => Intersect(Base[p.First], Base[p.Second])).ToArray();

    /// <summary>
    /// The two-way intersection of <paramref name="first"/> and <paramref name="second"/>: level
    /// index = first level × second level count + second level; the reference is both references.
    /// </summary>
    internal static Breakdown Intersect(Breakdown first, Breakdown second)
    {
        var levels = new List<GroupLevel>(first.Levels.Count * second.Levels.Count);
        foreach (var a in first.Levels)
        {
            foreach (var b in second.Levels)
            {
                levels.Add(new GroupLevel($"{a.Label} · {b.Label}", $"{a.Phrase} ({first.Title}) and {b.Phrase} ({second.Title})"));
            }
        }

        return new Breakdown(
            $"{first.Id}_x_{second.Id}",
            $"{first.Title} × {second.Title}",
            levels,
            (first.ReferenceLevel * second.Levels.Count) + second.ReferenceLevel);
    }
}
