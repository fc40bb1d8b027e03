using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// Death hazards by sex and national IMD decile: a Gompertz curve (rising ~9% a year of age) plus
/// infant and child terms, with its level calibrated so life expectancy at birth runs linearly from
/// the most to the least deprived decile — the planted life-expectancy gap. The hazard depends on
/// nothing else, so the expected life table of each (sex, decile) is exactly the calibrated one.
/// </summary>
internal sealed class Mortality
{
    public const double GompertzSlope = 0.092;
    private readonly double[,] _level = new double[2, 10];

    public Mortality(PlantedValues planted)
    {
        for (var sex = 0; sex < 2; sex++)
        {
            for (var decile = 1; decile <= 10; decile++)
            {
                var target = planted.LifeExpectancy(sex == 0 ? 'M' : 'F', decile);
                _level[sex, decile - 1] = Calibrate(target);
            }
        }
    }

    /// <summary>Annual death hazard at exact age <paramref name="age"/>.</summary>
    public double Hazard(char sex, int decile, double age) => Hazard(_level[sex == 'M' ? 0 : 1, decile - 1], age);

    /// <summary>Life expectancy at birth implied by the hazard (numerical, monthly steps).</summary>
    public double LifeExpectancy(char sex, int decile) => LifeExpectancy(_level[sex == 'M' ? 0 : 1, decile - 1]);

    private static double Hazard(double level, double age) =>
        (age < 1 ? 0.0035 : age < 15 ? 0.0001 : 0.0) + (Math.Exp(level) * Math.Exp(GompertzSlope * age));

    private static double LifeExpectancy(double level)
    {
        const double step = 1.0 / 12;
        var survival = 1.0;
        var total = 0.0;
        for (var age = 0.0; age < 120 && survival > 1e-9; age += step)
        {
            var next = survival * Math.Exp(-Hazard(level, age + (step / 2)) * step);
            total += (survival + next) / 2 * step;
            survival = next;
        }

        return total;
    }

    private static double Calibrate(double target)
    {
        double low = -16, high = -6;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (LifeExpectancy(mid) > target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}
