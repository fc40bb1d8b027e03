namespace HealthGap.Core.Statistics;

/// <summary>
/// One quantile (e.g. deprivation decile) of one area for the slope index of inequality. Give the
/// value (or, for proportions, the count) and either a standard error or 95 % limits.
/// </summary>
/// <param name="Quantile">Quantile number; 1 should be the most deprived.</param>
/// <param name="Population">Population of the quantile (&gt; 0).</param>
/// <param name="Value">Indicator value; for proportions may be null when <paramref name="Count"/> is given.</param>
/// <param name="Count">Count x for proportions (value = x / population).</param>
/// <param name="StandardError">Standard error; for rates and proportions already on the log / logit scale.</param>
/// <param name="LowerCl">Lower 95 % limit (used instead of a standard error).</param>
/// <param name="UpperCl">Upper 95 % limit.</param>
public sealed record SiiQuantile(double Quantile, double Population, double? Value, double? Count = null,
    double? StandardError = null, double? LowerCl = null, double? UpperCl = null);
