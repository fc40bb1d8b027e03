namespace HealthGap.Core.Statistics;

/// <summary>
/// Input that a statistical method cannot use. The message keeps the wording of the matching
/// PHEindicatormethods error (see <c>docs/statistics.md</c>), followed by where the problem is.
/// </summary>
public sealed class StatisticsException : Exception
{
    /// <summary>Creates the exception with a message for the analyst.</summary>
    public StatisticsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StatisticsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public StatisticsException()
        : base("the statistical method could not use its input")
    {
    }
}
