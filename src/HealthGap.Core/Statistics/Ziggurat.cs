namespace HealthGap.Core.Statistics;

/// <summary>
/// Tables for Marsaglia &amp; Tsang's (2000) ziggurat method with 128 layers: a standard normal
/// from one 64-bit draw about 98 % of the time, several times faster than the polar method.
/// </summary>
internal static class Ziggurat
{
    public const double TailStart = 3.442619855899;

    private const double Scale = 2147483648.0;

    public static readonly uint[] K = new uint[128];

    public static readonly double[] W = new double[128];

    public static readonly double[] F = new double[128];

    static Ziggurat()
    {
        const double area = 9.91256303526217e-3;
        var dn = TailStart;
        var tn = dn;
        var q = area / Math.Exp(-0.5 * dn * dn);
        K[0] = (uint)(dn / q * Scale);
        K[1] = 0;
        W[0] = q / Scale;
        W[127] = dn / Scale;
        F[0] = 1;
        F[127] = Math.Exp(-0.5 * dn * dn);
        for (var i = 126; i >= 1; i--)
        {
            dn = Math.Sqrt(-2 * Math.Log((area / dn) + Math.Exp(-0.5 * dn * dn)));
            K[i + 1] = (uint)(dn / tn * Scale);
            tn = dn;
            F[i] = Math.Exp(-0.5 * dn * dn);
            W[i] = dn / Scale;
        }
    }
}
