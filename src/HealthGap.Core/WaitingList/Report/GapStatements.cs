using System.Globalization;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>
/// The plain-language summary: the biggest significant adjusted gaps among the base breakdowns,
/// each with the treatment function where the group's median wait is most clearly longer, e.g.
/// "People who need an interpreter waited a median of 8.6 weeks longer for trauma and orthopaedics
/// than people who do not need an interpreter, after allowing for specialty." Reads only published figures,
/// so it can never reveal what the gate hid. Unknown groups are left out: "unknown" is a data
/// quality finding, reported in the tables, not a group of people.
/// </summary>
public static class GapStatements
{
    /// <summary>Up to <paramref name="count"/> statements, biggest adjusted gap first.</summary>
    public static IReadOnlyList<GapStatement> Biggest(PublishedWaitingList published, int count = 5)
    {
        var bases = WaitingListBreakdowns.Base.ToDictionary(b => b.Id, StringComparer.Ordinal);
        return published.OpenGaps
            .Where(g => bases.ContainsKey(g.Breakdown) && g.Group != "Unknown" && g.Group != "Not stated")
            .Where(g => g.Adjusted is { IsSignificant: true, Ratio: > 1 })
            .OrderByDescending(g => g.Adjusted!.Ratio)
            .Take(count)
            .Select(g => Statement(published, bases[g.Breakdown], g))
            .ToArray();
    }

    private static GapStatement Statement(PublishedWaitingList published, Breakdown breakdown, PublishedGap gap)
    {
        var level = breakdown.Levels.First(l => l.Label == gap.Group);
        var who = Capitalise(level.Phrase);
        var adjusted = gap.Adjusted!;
        var percent = published.Confidence.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);
        var ratio = string.Create(CultureInfo.InvariantCulture,
            $"{adjusted.Ratio:0.00} times as long as {breakdown.Reference.Phrase} ({percent} CI {adjusted.Lower:0.00} to {adjusted.Upper:0.00})");
        var specialty = published.WithinSpecialty
            .Where(c => c.Breakdown == gap.Breakdown && c.Group == gap.Group && c.Difference is { IsSignificant: true, Weeks: > 0 })
            .OrderByDescending(c => c.Difference!.Lower)
            .FirstOrDefault();
        var text = specialty is null
            ? $"After allowing for specialty and priority, {level.Phrase} waited {ratio}."
            : string.Create(CultureInfo.InvariantCulture,
                $"{who} waited a median of {specialty.Difference!.Weeks:0.0} weeks longer for {TreatmentFunctions.Name(specialty.TreatmentFunction)} than {breakdown.Reference.Phrase}, after allowing for specialty ({percent} CI {specialty.Difference.Lower:0.0} to {specialty.Difference.Upper:0.0} weeks). Across all specialties, allowing for specialty and priority, they waited {ratio}.");
        return new GapStatement(gap.Breakdown, gap.Group, text, adjusted.Ratio!.Value);
    }

    private static string Capitalise(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
