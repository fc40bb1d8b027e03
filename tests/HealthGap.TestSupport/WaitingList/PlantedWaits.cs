namespace HealthGap.TestSupport.WaitingList;

/// <summary>
/// What a generated test store plants. Waits are log-normal around each treatment function's median
/// (× priority factor × planted factors), so a factor is exactly the ratio the regression estimates.
/// </summary>
/// <param name="Seed">Random seed: the same options give the same store.</param>
/// <param name="People">People, each with one open pathway; half also have a completed one.</param>
/// <param name="InterpreterFactor">Extra wait factor for people who need an interpreter.</param>
/// <param name="LearningDisabilityFactor">Extra wait factor for people with a learning disability.</param>
/// <param name="SmiInTraumaShare">Share of SMI patients sent to trauma and orthopaedics (the slow specialty); SMI itself has no effect.</param>
public sealed record PlantedWaits(
    int Seed = 20250331,
    int People = 20_000,
    double InterpreterFactor = 1.3,
    double LearningDisabilityFactor = 1.25,
    double SmiInTraumaShare = 0.8)
{
    public static readonly DateOnly Snapshot = new(2025, 3, 31);

    /// <summary>Treatment functions: code, share of referrals, median wait in weeks.</summary>
    public static readonly (string Code, double Share, double MedianWeeks)[] TreatmentFunctions =
    [
        ("110", 0.20, 30), ("130", 0.15, 20), ("100", 0.15, 18), ("120", 0.12, 16),
        ("101", 0.10, 14), ("502", 0.10, 15), ("320", 0.08, 10), ("330", 0.10, 8),
    ];

    /// <summary>Priorities: value, share, wait factor.</summary>
    public static readonly (string Priority, double Share, double Factor)[] Priorities =
    [
        ("routine", 0.80, 1.0), ("urgent", 0.15, 0.5), ("two_week_wait", 0.05, 0.15),
    ];

    /// <summary>Spread of log waits within a treatment function and priority.</summary>
    public const double LogSd = 0.6;
}
