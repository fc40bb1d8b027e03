namespace HealthGap.Core.WaitingList;

/// <summary>Accumulates pathways row by row and places each in its stratum and groups.</summary>
internal sealed class PathwaySetBuilder
{
    private readonly IReadOnlyList<string> _treatmentFunctions;
    private readonly IReadOnlyList<string> _priorities;
    private readonly Dictionary<string, int> _treatmentFunctionIndex;
    private readonly Dictionary<string, int> _priorityIndex;
    private readonly List<int> _waitDays = [];
    private readonly List<int> _stratum = [];
    private readonly List<byte>[] _groups = Enumerable.Range(0, Breakdowns.Base.Count).Select(_ => new List<byte>()).ToArray();

    public PathwaySetBuilder(IReadOnlyList<string> treatmentFunctions, IReadOnlyList<string> priorities)
    {
        _treatmentFunctions = treatmentFunctions;
        _priorities = priorities;
        _treatmentFunctionIndex = Index(treatmentFunctions);
        _priorityIndex = Index(priorities);
    }

    public void Add(int waitDays, string treatmentFunction, string priority, PersonValues person, int? ageYears)
    {
        _waitDays.Add(waitDays);
        _stratum.Add((_treatmentFunctionIndex[treatmentFunction] * _priorities.Count) + _priorityIndex[priority]);
        _groups[Breakdowns.ImdQuintile].Add(BreakdownLevels.Quintile(person.ImdQuintile));
        _groups[Breakdowns.ImdDecile].Add(BreakdownLevels.Decile(person.ImdDecile));
        _groups[Breakdowns.Core20].Add(BreakdownLevels.Core20(person.Core20));
        _groups[Breakdowns.Ethnicity].Add(BreakdownLevels.Ethnicity(person.EthnicGroup));
        _groups[Breakdowns.InterpreterNeeded].Add(BreakdownLevels.Flag(person.InterpreterNeeded));
        _groups[Breakdowns.EnglishNotMainLanguage].Add(BreakdownLevels.Flag(person.EnglishNotMainLanguage));
        _groups[Breakdowns.LearningDisability].Add(BreakdownLevels.Flag(person.LearningDisability));
        _groups[Breakdowns.SevereMentalIllness].Add(BreakdownLevels.Flag(person.SevereMentalIllness));
        _groups[Breakdowns.Sex].Add(BreakdownLevels.Sex(person.Sex));
        _groups[Breakdowns.AgeBand].Add(BreakdownLevels.AgeBand(ageYears));
    }

    public PathwaySet Build() => new(
        [.. _waitDays], [.. _stratum], _groups.Select(g => g.ToArray()).ToArray(), _treatmentFunctions, _priorities);

    private static Dictionary<string, int> Index(IReadOnlyList<string> values) =>
        values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
}
