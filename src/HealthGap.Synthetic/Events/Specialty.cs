namespace HealthGap.Synthetic.Events;

/// <summary>
/// A consultant-led specialty (treatment function) on the RTT waiting list: how often people are
/// referred to it, its mean wait for routine referrals, how many pathways end in admission, and the
/// diagnosis and procedure of that admission (ICD-10 and OPCS-4, no dot).
/// </summary>
internal sealed record Specialty(string Code, string Name, double Weight, double MeanWeeks, double AdmittedShare, string Diagnosis, string Procedure)
{
    /// <summary>Trauma and orthopaedics: the slowest specialty, where the LD confounder sits.</summary>
    public const string TraumaAndOrthopaedics = "110";

    /// <summary>
    /// Routine mean waits are set so the waiting list on the extract date looks like England's: NHS
    /// England RTT statistics for March 2025 give a median wait of 13.8 weeks on incomplete pathways and
    /// 59.8% within 18 weeks (40.2% over), with about 2.4% over 52 weeks. With these means (Erlang-4
    /// waits, the priority factors below) the open pathways have a median of about 14 weeks, ~39% over
    /// 18 weeks and ~3% over 52; trauma and orthopaedics and gynaecology are the slowest, as nationally.
    /// </summary>
    public static IReadOnlyList<Specialty> All { get; } =
    [
        new("110", "Trauma and orthopaedics", 0.18, 41, 0.55, "M161", "W371"),
        new("130", "Ophthalmology", 0.14, 24, 0.5, "H259", "C751"),
        new("100", "General surgery", 0.14, 31, 0.6, "K409", "T201"),
        new("120", "ENT", 0.10, 27, 0.35, "J350", "F341"),
        new("101", "Urology", 0.10, 26, 0.45, "N40", "M651"),
        new("502", "Gynaecology", 0.10, 32, 0.4, "N939", "Q073"),
        new("320", "Cardiology", 0.12, 19, 0.2, "I209", "K634"),
        new("330", "Dermatology", 0.12, 20, 0.1, "L82", "S061"),
    ];

    /// <summary>Wait multiplier by priority: urgent and two-week-wait referrals are seen sooner.</summary>
    public static double PriorityFactor(string priority) => priority switch
    {
        "two_week_wait" => 0.15,
        "urgent" => 0.5,
        _ => 1.0,
    };
}
