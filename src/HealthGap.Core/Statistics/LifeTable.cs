namespace HealthGap.Core.Statistics;

/// <summary>The Chiang II life table arithmetic for 20 validated bands: expectancy and its SE per band.</summary>
internal sealed record LifeTable(double[] Expectancy, double[] StandardError)
{
    public static LifeTable Build(LifeTableBand[] bands)
    {
        var count = bands.Length;
        var last = count - 1;
        var m = new double[count];
        var width = new double[count];
        var a = new double[count];
        var q = new double[count];
        for (var i = 0; i < count; i++)
        {
            m[i] = bands[i].Deaths / bands[i].Population;
            a[i] = bands[i].StartAge == 0 ? 0.1 : 0.5;
            width[i] = i < last ? bands[i + 1].StartAge - bands[i].StartAge : 2 / m[i];
            var mn = m[i] * width[i];
            q[i] = i == last || mn * a[i] > 1 ? 1 : mn / (1 + (mn * (1 - a[i])));
        }

        var l = new double[count];
        l[0] = 100_000;
        for (var i = 1; i < count; i++)
        {
            l[i] = l[i - 1] * (1 - q[i - 1]);
        }

        var bigL = new double[count];
        var d = new double[count];
        for (var i = 0; i < count; i++)
        {
            d[i] = i < last ? l[i] - l[i + 1] : l[i];
            bigL[i] = i < last ? width[i] * (l[i + 1] + (a[i] * d[i])) : l[i] / m[i];
        }

        var e = new double[count];
        var t = 0.0;
        for (var i = last; i >= 0; i--)
        {
            t += bigL[i];
            e[i] = l[i] == 0 ? 0 : t / l[i];
        }

        var se = new double[count];
        var sum = 0.0;
        for (var i = last; i >= 0; i--)
        {
            double term;
            if (i == last)
            {
                var s2 = 4 / (bands[i].Deaths * m[i] * m[i]);
                term = l[i] / 2 * (l[i] / 2) * s2;
            }
            else
            {
                var s2 = d[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / bands[i].Deaths;
                var factor = ((1 - a[i]) * width[i]) + e[i + 1];
                term = s2 * l[i] * l[i] * factor * factor;
            }

            sum += term;
            se[i] = Math.Sqrt(sum) / l[i];
        }

        return new LifeTable(e, se);
    }
}
