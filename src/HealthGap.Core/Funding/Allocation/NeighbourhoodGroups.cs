using HealthGap.Core.Reference;

namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Neighbourhoods (or PCN footprints) given as groups of LSOAs in a CSV with the columns
/// <c>lsoa11cd,neighbourhood_code</c> and optionally <c>neighbourhood_name</c>. Every LSOA of the
/// area being funded must be in exactly one group, so no resident is silently left out.
/// </summary>
public sealed record NeighbourhoodGroups
{
    /// <summary>The file name, for messages and provenance.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file, recorded with each scenario.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Neighbourhood code of each LSOA code.</summary>
    public required IReadOnlyDictionary<string, string> GroupOfLsoa { get; init; }

    /// <summary>Neighbourhood names by code (the code when the file gives no name).</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>Reads and checks a groups file against the LSOAs in scope.</summary>
    public static NeighbourhoodGroups Read(string path, IReadOnlyCollection<Lsoa> scope, ReferenceData reference)
    {
        var csv = FundingCsv.Read(path, "lsoa11cd", "neighbourhood_code");
        var inScope = scope.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in csv.Rows)
        {
            var code = csv.Text(row, "lsoa11cd").ToUpperInvariant();
            var lsoa = reference.FindLsoa(code) ?? throw new FundingInputException(csv.FileName, row.Line, "lsoa11cd",
                $"'{code}' is not an English 2011 LSOA code. Closest: {string.Join(", ", reference.ClosestLsoas(code, 3).Select(l => l.Code))}.");
            if (!inScope.Contains(lsoa.Code))
            {
                throw new FundingInputException(csv.FileName, row.Line, "lsoa11cd",
                    $"{lsoa.Code} ({lsoa.Name}) is in {lsoa.Icb.OdsCode} ({lsoa.Icb.Name}), outside the area being funded. Remove the row or fund that ICB.");
            }

            var group = csv.Text(row, "neighbourhood_code");
            if (!groups.TryAdd(lsoa.Code, group))
            {
                throw new FundingInputException(csv.FileName, row.Line, "lsoa11cd",
                    $"{lsoa.Code} is already in neighbourhood '{groups[lsoa.Code]}'; each LSOA belongs to exactly one neighbourhood.");
            }

            var name = csv.OptionalText(row, "neighbourhood_name");
            names.TryAdd(group, name ?? group);
        }

        var left = scope.Where(l => !groups.ContainsKey(l.Code)).Select(l => l.Code).ToArray();
        if (left.Length > 0)
        {
            throw new FundingInputException(
                $"{csv.FileName}: {left.Length} LSOA(s) of the area are in no neighbourhood (first: {string.Join(", ", left.Take(5))}). " +
                "Every resident must be counted: add a row for each, e.g. group them into an 'other' neighbourhood.");
        }

        return new NeighbourhoodGroups
        {
            FileName = csv.FileName,
            Sha256 = FundingCsv.Sha256(path),
            GroupOfLsoa = groups,
            Names = names,
        };
    }
}
