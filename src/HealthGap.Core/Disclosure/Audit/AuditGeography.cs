using HealthGap.Core.Reference;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// Which published areas an outsider knows to add up to which: for residence (place = local authority,
/// sub-ICB, ICB) the ONS LSOA lookup shipped in <c>data/reference</c>, using an area as the sum of
/// smaller ones only where those smaller areas cover it exactly; for registration (practice ⊂ PCN) the
/// links the report publishes in areas.csv, as a practice belongs to one PCN.
/// </summary>
public sealed class AuditGeography
{
    private static readonly string[] Residence = [AreaTypes.Place, AreaTypes.SubIcb, AreaTypes.Icb];

    private AuditGeography(IReadOnlyList<Family> families) => Families = families;

    /// <summary>A parent area and the child areas of one type that exactly cover it.</summary>
    public sealed record Family(string ParentType, string ParentCode, string ChildType, IReadOnlyList<string> ChildCodes);

    /// <summary>Every family known.</summary>
    public IReadOnlyList<Family> Families { get; }

    /// <summary>Families from the reference LSOA lookup and the report's own links.</summary>
    public static AuditGeography Build(ReferenceData? reference, IEnumerable<(string ChildType, string ChildCode, string ParentType, string ParentCode)> links)
    {
        var families = new List<Family>();
        foreach (var group in links.Where(l => !Residence.Contains(l.ChildType) || !Residence.Contains(l.ParentType))
            .GroupBy(l => (l.ParentType, l.ParentCode, l.ChildType)).OrderBy(g => g.Key))
        {
            families.Add(new Family(group.Key.ParentType, group.Key.ParentCode, group.Key.ChildType, [.. group.Select(l => l.ChildCode).Distinct().Order(StringComparer.Ordinal)]));
        }

        if (reference is not null)
        {
            families.AddRange(ResidenceFamilies(reference));
        }

        return new AuditGeography(families);
    }

    private static IEnumerable<Family> ResidenceFamilies(ReferenceData reference)
    {
        static string Code(Lsoa l, string type) => type switch
        {
            AreaTypes.Place => l.Lad.Code,
            AreaTypes.SubIcb => l.SubIcb.OdsCode,
            _ => l.Icb.OdsCode,
        };

        foreach (var parentType in Residence)
        {
            foreach (var childType in Residence.Where(t => t != parentType))
            {
                var parentsOfChild = reference.Lsoas.GroupBy(l => Code(l, childType)).ToDictionary(g => g.Key, g => g.Select(l => Code(l, parentType)).Distinct().Count());
                foreach (var parent in reference.Lsoas.GroupBy(l => Code(l, parentType)).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var children = parent.Select(l => Code(l, childType)).Distinct().Order(StringComparer.Ordinal).ToList();
                    if (children.All(c => parentsOfChild[c] == 1))
                    {
                        yield return new Family(parentType, parent.Key, childType, children);
                    }
                }
            }
        }
    }
}
