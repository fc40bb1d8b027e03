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
    private readonly List<byte>[] _groups = Enumerable.Range(0, WaitingListBreakdowns.Base.Count).Select(_ => new List<byte>()).ToArray();

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
        _groups[WaitingListBreakdowns.ImdQuintile].Add(BreakdownLevels.Quintile(person.ImdQuintile));
        _groups[WaitingListBreakdowns.ImdDecile].Add(BreakdownLevels.Decile(person.ImdDecile));
        _groups[WaitingListBreakdowns.Core20].Add(BreakdownLevels.Core20(person.Core20));
        _groups[WaitingListBreakdowns.Ethnicity].Add(BreakdownLevels.Ethnicity(person.EthnicGroup));
        _groups[WaitingListBreakdowns.InterpreterNeeded].Add(BreakdownLevels.Flag(person.InterpreterNeeded));
        _groups[WaitingListBreakdowns.EnglishNotMainLanguage].Add(BreakdownLevels.Flag(person.EnglishNotMainLanguage));
        _groups[WaitingListBreakdowns.LearningDisability].Add(BreakdownLevels.Flag(person.LearningDisability));
        _groups[WaitingListBreakdowns.SevereMentalIllness].Add(BreakdownLevels.Flag(person.SevereMentalIllness));
        _groups[WaitingListBreakdowns.Sex].Add(BreakdownLevels.Sex(person.Sex));
        _groups[WaitingListBreakdowns.AgeBand].Add(BreakdownLevels.AgeBand(ageYears));
    }

    public PathwaySet Build() => new(
        [.. _waitDays], [.. _stratum], _groups.Select(g => g.ToArray()).ToArray(), _treatmentFunctions, _priorities);

    private static Dictionary<string, int> Index(IReadOnlyList<string> values) =>
        values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
}
