namespace HealthGap.Cli.Stats;

/// <summary>The methods <c>healthgap stats</c> offers, with help written for an analyst.</summary>
internal static class StatsMethods
{
    public static IReadOnlyList<StatsMethod> All { get; } =
    [
        new("proportion", """
            Proportion with Wilson score limits (phe_proportion). Columns: numerator, denominator.
            Outputs value, lowercl, uppercl (or lower95_0cl ... for two levels), confidence, statistic, method.
            Default multiplier 1; use --multiplier 100 for a percentage.
            Example: healthgap stats proportion -i in.csv -o out.csv --multiplier 100 --confidence 0.95,0.998
            """, (r, o, _) => RowwiseStats.Run(r, o, proportion: true)),
        new("rate", """
            Crude rate with exact Poisson limits below 10 events, Byar's from 10 (phe_rate). Columns: numerator, denominator.
            Default multiplier 100000.
            Example: healthgap stats rate -i deaths.csv -o out.csv --group-by area
            """, (r, o, _) => RowwiseStats.Run(r, o, proportion: false)),
        new("mean", """
            Mean with Student-t limits per group (phe_mean). Column: value.
            Example: healthgap stats mean -i scores.csv -o out.csv --group-by practice
            """, (r, o, _) => GroupedStats.Mean(r, o)),
        new("dsr", """
            Directly standardised rate, Dobson limits, NA below 10 events (calculate_dsr). Columns per age band:
            numerator, denominator, stdpop. --set independent_events=false with eventfreq and ageband columns
            (numerator = individuals with that many events). Default multiplier 100000.
            Example: healthgap stats dsr -i bands.csv -o dsr.csv --group-by area
            """, (r, o, _) => GroupedStats.Dsr(r, o)),
        new("isr", """
            Indirectly standardised rate (calculate_ISRate). Columns: numerator, denominator, ref_numerator, ref_denominator.
            Example: healthgap stats isr -i bands.csv -o isr.csv --group-by area
            """, (r, o, _) => GroupedStats.Indirect(r, o, rate: true)),
        new("isratio", """
            Indirectly standardised ratio / SMR (calculate_ISRatio). Columns as isr; --multiplier is the reference value (1 or 100).
            Example: healthgap stats isratio -i bands.csv -o smr.csv --group-by area --multiplier 100
            """, (r, o, _) => GroupedStats.Indirect(r, o, rate: false)),
        new("life-expectancy", """
            Life expectancy, Chiang II with Silcocks 90+ (phe_life_expectancy). Columns: startage (0, 1, 5, ... 90,
            or labels such as 1-4, 90+), population, deaths; 20 bands per group. Any number of confidence levels.
            Example: healthgap stats life-expectancy -i le.csv -o out.csv --group-by area,sex
            """, GroupedStats.LifeExpectancy),
        new("sii", """
            Slope and relative index of inequality (phe_sii). Columns: quantile, population, value (or x for
            proportions), and se or lowercl+uppercl (95 %). Settings: --set value_type=0|1|2 (other, rate,
            proportion), transform=true, repetitions=100000. Use --seed for reproducible limits.
            Example: healthgap stats sii -i deciles.csv -o sii.csv --group-by area --set value_type=1 --seed 42
            """, InequalityStats.Sii),
        new("par", """
            Population attributable risk (as Public Health Scotland publishes it): how much of the whole area's
            value would go if every quantile had the reference quantile's value, in units (par) and as a percentage
            (par_percent), with simulated limits. Columns as sii. Settings: --set value_type=0|1|2,
            reference=QUANTILE (default the highest, i.e. least deprived), higher_is_better=false, repetitions=100000.
            Example: healthgap stats par -i deciles.csv -o par.csv --group-by area --set value_type=1 --seed 42
            """, InequalityStats.Par),
        new("trend", """
            Recent trend as Fingertips tests it: at least 5 periods per group, oldest first in the input. --set
            statistic=proportion uses numerator and denominator (chi-squared test for trend in proportions);
            statistic=value (default) uses value, lowercl and uppercl (95 %) in a weighted least-squares slope.
            One --confidence level (0.95 default). Outputs points, slope per period, chi_squared, p_value, trend.
            Example: healthgap stats trend -i years.csv -o trend.csv --group-by area --set statistic=proportion
            """, InequalityStats.Trend),
        new("quantile", """
            Assign areas to quantiles within groups (phe_quantile); ties take the lowest rank. Column: value.
            Settings: --set nquantiles=10, invert=true|false|COLUMN (true: highest value is quantile 1).
            Example: healthgap stats quantile -i lsoa.csv -o out.csv --group-by region --set nquantiles=5
            """, InequalityStats.Quantile),
        new("funnel", """
            Funnel-plot significance per record (assign_funnel_significance), or the 100-point limits with
            --set output=limits. --set statistic=proportion|ratio|rate. Columns: numerator, denominator
            (ratio: expected events), rate for rates; --set rate_type=dsr|crude, years_of_data=1, ratio_type=count|isr.
            Example: healthgap stats funnel -i trusts.csv -o out.csv --set statistic=proportion
            """, FunnelStats.Run),
    ];
}
