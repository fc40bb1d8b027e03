namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Numbers per area read from a user's CSV (<c>code</c> then one or more number columns), matched to
/// the areas being funded: every area must have exactly one row, and every row must be one of the areas.
/// As need-index values, higher always means more need.
/// </summary>
internal sealed class UnitValues : INeedValues
{
    private readonly FundingCsv _csv;
    private readonly IReadOnlyList<string> _valueColumns;

    public UnitValues(string path, IReadOnlyList<string>? valueColumns = null)
    {
        Path = path;
        _csv = FundingCsv.Read(path, "code");
        _valueColumns = valueColumns ?? _csv.Columns.Where(c => !c.Equals("code", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (_valueColumns.Count == 0)
        {
            throw new FundingInputException(_csv.FileName, 1, "code", "the file has a code column but no value columns after it.");
        }

        foreach (var column in _valueColumns.Where(c => !_csv.HasColumn(c)))
        {
            throw new FundingInputException(_csv.FileName, 1, column, $"required column missing (found: {string.Join(", ", _csv.Columns)}).");
        }

        Sha256 = FundingCsv.Sha256(path);
    }

    public string Path { get; }

    public string FileName => _csv.FileName;

    public string Sha256 { get; }

    /// <summary>The value columns (indicator names), in file order.</summary>
    public IReadOnlyList<string> ValueColumns => _valueColumns;

    /// <inheritdoc />
    public IReadOnlyList<string> Indicators => _valueColumns;

    /// <inheritdoc />
    public bool HigherIsBetter(int k) => false;

    /// <inheritdoc />
    public string Source(int k) => string.Empty;

    /// <summary>Values by unit (rows, in the units' order) and column.</summary>
    public decimal[][] Match(IReadOnlyList<AllocationUnit> units)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            index[units[i].Code] = i;
        }

        var values = new decimal[units.Count][];
        foreach (var row in _csv.Rows)
        {
            var code = _csv.Text(row, "code");
            if (!index.TryGetValue(code, out var i))
            {
                throw new FundingInputException(_csv.FileName, row.Line, "code",
                    $"'{code}' is not one of the {units.Count} areas being funded (e.g. {string.Join(", ", units.Take(4).Select(u => u.Code))}). " +
                    "Use the codes shown by 'healthgap funding allocate --rule equal' at the same --level.");
            }

            if (values[i] is not null)
            {
                throw new FundingInputException(_csv.FileName, row.Line, "code", $"'{code}' appears more than once; give one row per area.");
            }

            values[i] = _valueColumns.Select(c => _csv.NonNegativeNumber(row, c)).ToArray();
        }

        var missing = Enumerable.Range(0, units.Count).Where(i => values[i] is null).Select(i => units[i].Code).ToArray();
        return missing.Length == 0
            ? values
            : throw new FundingInputException(
                $"{_csv.FileName}: {missing.Length} area(s) have no row (first: {string.Join(", ", missing.Take(5))}). Give every area a row; write 0 to give an area nothing.");
    }
}
