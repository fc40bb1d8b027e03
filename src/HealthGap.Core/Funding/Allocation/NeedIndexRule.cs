using System.Globalization;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Population weighted by a need index built from indicator values per area — from a CSV (<c>code</c>
/// then one column per indicator, higher = more need) or from HealthGap's own report
/// (<see cref="ReportNeedValues"/>). Each indicator is divided by its population-weighted average over
/// the areas (so 1 = average, as in NHS England's allocation tool), then combined with the stated
/// weights. A higher-is-better indicator counts the other way round: average ÷ value, so an area at half
/// the average uptake scores 2.
/// </summary>
internal sealed class NeedIndexRule : IAllocationRule
{
    private readonly INeedValues _values;
    private readonly IReadOnlyDictionary<string, decimal> _weights;

    public NeedIndexRule(INeedValues values, IReadOnlyDictionary<string, decimal>? indicatorWeights)
    {
        _values = values;
        var given = indicatorWeights ?? new Dictionary<string, decimal>();
        foreach (var name in given.Keys.Where(k => !_values.Indicators.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            throw new FundingInputException(
                $"--indicator-weight names '{name}', which is not a column of {_values.FileName} (columns: {string.Join(", ", _values.Indicators)}).");
        }

        // No weights given: every indicator counts equally. Some given: the others count 0 (weights are stated, never guessed).
        var raw = _values.Indicators.ToDictionary(
            c => c,
            c => given.Where(p => p.Key.Equals(c, StringComparison.OrdinalIgnoreCase)).Select(p => (decimal?)p.Value).FirstOrDefault() ?? (given.Count == 0 ? 1m : 0m));
        if (raw.Values.Any(w => w < 0) || raw.Values.Sum() <= 0)
        {
            throw new FundingInputException("indicator weights must be 0 or more and not all 0 (e.g. --indicator-weight emergency_admissions=0.6).");
        }

        var total = raw.Values.Sum();
        _weights = raw.ToDictionary(p => p.Key, p => p.Value / total);
    }

    public string Id => "need-index";

    public string Title => "Population × need index";

    public string Formula => "amount_i = budget × pop_i × N_i / Σ_j pop_j × N_j;  N_i = Σ_k w_k × t_ik,  t_ik = v_ik / v̄_k (v̄_k / v_ik when higher is better),  " +
        "v̄_k = Σ_j pop_j v_jk / Σ_j pop_j;  w: " + string.Join(", ", _values.Indicators.Select((name, k) => string.Create(CultureInfo.InvariantCulture,
            $"{name}={_weights[name]:0.####}{(_values.HigherIsBetter(k) ? " (higher is better)" : string.Empty)}{(_values.Source(k).Length > 0 ? " " + _values.Source(k) : string.Empty)}"))) +
        $" (values from {_values.FileName})";

    public string Explanation =>
        $"Each area's population is multiplied by a need index built from local indicators ({string.Join(", ", _weights.Keys)}), " +
        "each compared with the average across the areas so that 1.0 means average need. An area with twice the average need " +
        "gets twice as much per head. Where a lower value is better (such as emergency admissions) a higher value counts as more need; " +
        "where a higher value is better (such as screening uptake) a lower value does. The indicators and their weights are stated so the board can see what drives the shares.";

    public IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>(
        _weights.Select(p => KeyValuePair.Create("weight_" + p.Key, p.Value.ToString("0.######", CultureInfo.InvariantCulture)))
            .Concat(_values.Indicators.Select((name, k) => KeyValuePair.Create("period_" + name, _values.Source(k))).Where(p => p.Value.Length > 0))
            .Concat(_values.Indicators.Select((name, k) => KeyValuePair.Create("need_direction_" + name, _values.HigherIsBetter(k) ? "lower value = more need" : "higher value = more need"))))
    {
        ["values_file"] = _values.FileName,
        ["values_sha256"] = _values.Sha256,
    };

    public AllocationWeights Weigh(IReadOnlyList<AllocationUnit> units)
    {
        var values = _values.Match(units);
        var population = units.Sum(u => (decimal)u.Population);
        var index = new decimal[units.Count];
        for (var k = 0; k < _values.Indicators.Count; k++)
        {
            var name = _values.Indicators[k];
            if (_weights[name] == 0)
            {
                continue;
            }

            var mean = population == 0 ? 0 : units.Select((u, i) => u.Population * values[i][k]).Sum() / population;
            if (mean == 0)
            {
                throw new FundingInputException($"{_values.FileName}: indicator '{name}' is 0 for every resident, so it cannot be compared with its average. Remove it or give it weight 0.");
            }

            for (var i = 0; i < units.Count; i++)
            {
                index[i] += _weights[name] * (_values.HigherIsBetter(k) ? Inverse(mean, values[i][k], name, units[i]) : values[i][k] / mean);
            }
        }

        return new(units.Select((u, i) => u.Population * index[i]).ToArray());
    }

    private decimal Inverse(decimal mean, decimal value, string name, AllocationUnit unit) =>
        value > 0 ? mean / value : unit.Population == 0 ? 0
        : throw new FundingInputException($"{_values.FileName}: {name} is 0 for {unit.Code} ({unit.Name}); a higher-is-better indicator at 0 gives no finite need (average ÷ 0). Leave it out or give values with --weights.");
}
