using System.Globalization;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;

namespace HealthGap.TestSupport.Sample;

/// <summary>
/// The invented figures of one indicator, year and area before the gate: a count and denominator per
/// breakdown group (cell id <c>breakdown|group</c>, as the report's), the value and limits from Core's
/// statistics (Wilson for a percentage, Dobson for a directly standardised rate) and, per cell, the
/// estimate and group rate the report's inequality summary takes.
/// </summary>
public sealed class SampleFigures
{
    private static readonly (string Group, double Share, double Offset)[] EthnicGroups =
        [("White", 0.76, 0.0), ("Asian", 0.13, -0.04), ("Black", 0.05, -0.06), ("Mixed", 0.03, -0.02), ("Other", 0.02, -0.03), ("Not stated", 0.01, 0.0)];

    private static readonly (string Group, double Share, double Offset)[] AgeBands =
        [("0-17", 0.05, 0.0), ("18-39", 0.15, -0.03), ("40-64", 0.35, 0.0), ("65-79", 0.30, 0.02), ("80+", 0.15, -0.02)];

    private static readonly (string Flag, double Share, double Offset)[] PlusFlags =
        [("learning_disability", 0.06, -0.10), ("smi", 0.05, -0.08), ("homeless", 0.006, -0.15), ("carer", 0.09, -0.01), ("interpreter_needed", 0.05, -0.07)];

    // Three broad age bands for the standardised rate: population share, rate relative to the crude rate, standard population.
    private static readonly (double Share, double Relative, double Standard)[] StandardisationBands =
        [(0.55, 0.5 / 0.935, 60_000), (0.30, 1.0 / 0.935, 27_000), (0.15, 2.4 / 0.935, 13_000)];

    private readonly SampleIndicator _indicator;
    private readonly Random _random;
    private readonly double _level;
    private readonly double _scale;

    public SampleFigures(SampleIndicator indicator, int year, string areaType, double core20Share, Random random)
    {
        _indicator = indicator;
        _random = random;
        _level = indicator.Level + (indicator.YearlyChange * year);
        _scale = areaType switch { "icb" => 1.0, "place" => core20Share + 0.08, _ => 0.12 };
        var isDsr = indicator.Definition.Measure == MeasureType.DirectlyStandardisedRate;
        Statistic = MeasureCalculator.Statistic(indicator.Definition);
        Method = isDsr ? "Dobson" : "Wilson";

        var sign = indicator.Sign;
        var gradient = indicator.Gradient;
        var area = ((core20Share - 0.15) * gradient * 2.5) + Normal(0.03);
        Add("all", "all", 1.0, area);
        if (areaType == "pcn")
        {
            return;
        }

        if (areaType == "icb")
        {
            for (var decile = 1; decile <= 10; decile++)
            {
                Add("imd_decile", Text(decile), 0.1, area + (gradient * (decile - 5.5) / 9));
            }
        }

        for (var quintile = 1; quintile <= 5; quintile++)
        {
            Add("imd_quintile", Text(quintile), 0.2, area + (gradient * (quintile - 3) / 4));
        }

        Add("core20", "Core20", core20Share, area - (Math.Abs(gradient) * 0.35 * sign));
        Add("core20", "Rest", 1 - core20Share, area + (Math.Abs(gradient) * 0.08 * sign));
        foreach (var (group, share, offset) in EthnicGroups)
        {
            Add("ethnic_group", group, share, area + (offset * sign));
        }

        Add("sex", "F", 0.51, area + 0.01);
        Add("sex", "M", 0.49, area - 0.01);
        if (areaType != "icb")
        {
            return;
        }

        // A standardised rate within one age band is not published (the report's "not applicable"), so rates have no age rows here.
        foreach (var (group, share, offset) in isDsr ? [] : AgeBands)
        {
            Add("age_band", group, share, offset);
        }

        foreach (var (flag, share, offset) in PlusFlags)
        {
            Add(flag, "Yes", share, offset * sign);
            Add(flag, "No", 1 - share, 0);
        }
    }

    /// <summary>The cells, in output order.</summary>
    public List<DisclosureCell> Cells { get; } = [];

    /// <summary>What the values are, as the report writes it.</summary>
    public string Statistic { get; }

    /// <summary>How the limits were computed.</summary>
    public string Method { get; }

    /// <summary>Each cell's estimate and rate (with its standard error, on the published scale), by cell id.</summary>
    internal Dictionary<string, (Estimate Estimate, GroupRate? Rate)> Measures { get; } = [];

    private void Add(string breakdown, string group, double share, double offset)
    {
        var id = breakdown + "|" + group;
        var denominator = Math.Max(1, (long)Math.Round(_indicator.Denominator * share * _scale));
        var rate = Math.Clamp(_level * (1 + offset + Normal(0.007)), 0.005, 0.98);
        if (_indicator.Definition.Measure == MeasureType.DirectlyStandardisedRate)
        {
            var bands = StandardisationBands
                .Select(b => new StandardisationBand(Math.Round(denominator * b.Share * rate * b.Relative), denominator * b.Share, b.Standard))
                .ToList();
            var dsr = DirectlyStandardisedRate.Calculate(bands, _indicator.Definition.Multiplier);
            Cells.Add(new DisclosureCell(id, (long)dsr.TotalCount, denominator, dsr.Estimate.Value, dsr.Estimate.Lower, dsr.Estimate.Upper));
            Measures[id] = (dsr.Estimate, GroupRate.FromStandardised(dsr));
            return;
        }

        var numerator = (long)Math.Round(denominator * rate);
        var estimate = Proportion.Wilson(numerator, denominator, _indicator.Definition.Multiplier);
        Cells.Add(new DisclosureCell(id, numerator, denominator, estimate.Value, estimate.Lower, estimate.Upper));
        var p = numerator / (double)denominator;
        Measures[id] = (estimate, new GroupRate(p * _indicator.Definition.Multiplier, Math.Sqrt(p * (1 - p) / denominator) * _indicator.Definition.Multiplier));
    }

    // Box–Muller from the one seeded generator: System.Random with a seed gives the same sequence on every platform.
    private double Normal(double sd) =>
        sd * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
