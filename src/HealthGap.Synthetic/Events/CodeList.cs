namespace HealthGap.Synthetic.Events;

/// <summary>
/// One code list from <c>codelists/</c>. Generated records mostly use the list's usual code (the
/// one a GP system would pick), sometimes any other code from the list, so analyses must match on
/// the whole list rather than one favourite code.
/// </summary>
internal sealed class CodeList
{
    private const double UsualShare = 0.85;

    public CodeList(string name, IReadOnlyList<string> codes, string usual)
    {
        if (codes.Count == 0)
        {
            throw new InvalidDataException($"Code list {name} is empty.");
        }

        if (!codes.Contains(usual, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"Code list {name} does not hold the code {usual} the generator uses; restore codelists/{name}.csv.");
        }

        Name = name;
        Codes = codes;
        Usual = usual;
        _pool = codes;
    }

    private IReadOnlyList<string> _pool;

    /// <summary>
    /// Keeps random picks out of codes that other lists also hold (an autism code that is also a
    /// learning-disability code, say), so a generated code never puts someone on a register by accident.
    /// </summary>
    public void ExcludeFromPicks(ISet<string> shared)
    {
        var pool = Codes.Where(c => !shared.Contains(c)).ToArray();
        _pool = pool.Length > 0 ? pool : [Usual];
    }

    public string Name { get; }

    public IReadOnlyList<string> Codes { get; }

    public string Usual { get; }

    public string Pick(Population.SeededRandom random) =>
        random.Chance(UsualShare) ? Usual : _pool[random.Next(_pool.Count)];
}
