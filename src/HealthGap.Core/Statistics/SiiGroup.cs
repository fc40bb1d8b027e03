namespace HealthGap.Core.Statistics;

/// <summary>One area's validated quantiles: population shares, rank midpoints, centres and SEs on the draw scale.</summary>
internal sealed record SiiGroup(double[] Share, double[] Midpoint, double[] Value, double[] DrawMean, double[] DrawSe);
