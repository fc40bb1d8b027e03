namespace HealthGap.Core.Ingest;

/// <summary>What one file of a batch contributed.</summary>
/// <param name="File">File name.</param>
/// <param name="Feed">Feed the records were read as.</param>
/// <param name="Read">Records read.</param>
/// <param name="Accepted">Records accepted into the store.</param>
/// <param name="Quarantined">Records quarantined.</param>
/// <param name="OptedOut">Records dropped because the person opted out.</param>
/// <param name="LinkedByNhsNumber">Records linked to a person by NHS number.</param>
/// <param name="LinkedByFallback">Records linked by date of birth + sex + LSOA.</param>
/// <param name="LinkageAttempts">Records that needed linking (activity records reaching the linkage step).</param>
public sealed record FeedSummary(
    string File, string Feed, long Read, long Accepted, long Quarantined, long OptedOut,
    long LinkedByNhsNumber, long LinkedByFallback, long LinkageAttempts)
{
    /// <summary>Share of records needing linkage that were linked, or null when none needed it.</summary>
    public double? LinkageRate => LinkageAttempts == 0 ? null : (double)(LinkedByNhsNumber + LinkedByFallback) / LinkageAttempts;
}
