namespace HealthGap.Core.Statistics;

/// <summary>The scale each SII value type is simulated on: identity, log (rates) or logit (proportions).</summary>
internal static class SiiTransform
{
    public static double Forward(SiiValueType type, double x) => type switch
    {
        SiiValueType.Rate => Math.Log(x),
        SiiValueType.Proportion => Math.Log(x / (1 - x)),
        _ => x,
    };

    public static double Inverse(SiiValueType type, double x) => type switch
    {
        SiiValueType.Rate => Math.Exp(x),
        SiiValueType.Proportion => 1 / (1 + Math.Exp(-x)),
        _ => x,
    };
}
