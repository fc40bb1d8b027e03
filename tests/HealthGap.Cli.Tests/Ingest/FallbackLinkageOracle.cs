using HealthGap.Core.Reference;

namespace HealthGap.Cli.Tests.Ingest;

/// <summary>
/// The documented fallback linkage rule restated from the extract files alone (not from ingest's code):
/// a record without an NHS number links when exactly one person registered with its date of birth, sex and
/// LSOA — and is dropped, not linked, when that person is on an intact opt-out line. Used to say where a
/// duplicated council or VCSE record must end up, which truth.json cannot know.
/// </summary>
internal sealed class FallbackLinkageOracle
{
    private readonly Dictionary<string, HashSet<string>> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _optedOut = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lsoas;

    public FallbackLinkageOracle(string folder, ReferenceData reference)
    {
        _lsoas = reference.Lsoas.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, row) in Rows(Path.Combine(folder, "gp_registrations.csv")))
        {
            var key = Key(row["date_of_birth"], row["sex"], row["lsoa11cd"]);
            if (!_people.TryGetValue(key, out var numbers))
            {
                numbers = new HashSet<string>(StringComparer.Ordinal);
                _people[key] = numbers;
            }

            numbers.Add(row["nhs_number"]);
        }

        _optedOut.UnionWith(Rows(Path.Combine(folder, "opt_outs.csv")).Select(r => r.Row["nhs_number"]));
    }

    /// <summary>What happens to each clean-looking record without an NHS number: (line, record_id, outcome).</summary>
    public IEnumerable<(long Line, string RecordId, FallbackOutcome Outcome)> Classify(string path)
    {
        foreach (var (line, row) in Rows(path))
        {
            var dates = row.Where(f => f.Key is "date_of_birth" or "referral_date" || f.Key.EndsWith("_start", StringComparison.Ordinal) || f.Key.EndsWith("_end", StringComparison.Ordinal));
            if (row["nhs_number"].Length > 0 || !_lsoas.Contains(row["lsoa11cd"])
                || dates.Any(d => d.Value.Length > 0 && !DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", out _)))
            {
                continue; // carries an NHS number, or is damaged in a way ingest finds before linkage
            }

            var matches = _people.GetValueOrDefault(Key(row["date_of_birth"], row["sex"], row["lsoa11cd"]));
            var outcome = matches?.Count == 1
                ? (_optedOut.Contains(matches.First()) ? FallbackOutcome.OptedOut : FallbackOutcome.Linked)
                : FallbackOutcome.Unlinkable;
            yield return (line, row["record_id"], outcome);
        }
    }

    private static string Key(string dateOfBirth, string sex, string lsoa) => dateOfBirth + "|" + sex + "|" + lsoa;

    /// <summary>Well-formed rows (as many fields as the header) by column name, with their line number.</summary>
    private static IEnumerable<(long Line, Dictionary<string, string> Row)> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine() ?? "");
        long line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var fields = Split(text);
            if (fields.Count == header.Count)
            {
                yield return (line, header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => fields[x.i], StringComparer.Ordinal));
            }
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

/// <summary>Where the fallback rule sends a record without an NHS number.</summary>
internal enum FallbackOutcome
{
    /// <summary>Exactly one registered person matches.</summary>
    Linked,

    /// <summary>Exactly one person matches, and they opted out: the record is dropped.</summary>
    OptedOut,

    /// <summary>No one or more than one person matches.</summary>
    Unlinkable,
}
