namespace HealthGap.Operational.Funding.Ledger;

/// <summary>Names and meaning of the spend categories.</summary>
public static class LedgerCategories
{
    /// <summary>True for the categories that are the money's intended purpose; false for baseline and other pressures.</summary>
    public static bool IsPurpose(SpendCategory category) =>
        category is not (SpendCategory.AbsorbedIntoBaseline or SpendCategory.OtherPressures);

    /// <summary>The command-line name, e.g. <c>capacity_building</c>.</summary>
    public static string Name(SpendCategory category) => category switch
    {
        SpendCategory.Pilot => "pilot",
        SpendCategory.CapacityBuilding => "capacity_building",
        SpendCategory.DevolvedToPlace => "devolved_to_place",
        SpendCategory.Vcse => "vcse",
        SpendCategory.AbsorbedIntoBaseline => "absorbed_into_baseline",
        SpendCategory.OtherPressures => "other_pressures",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category"),
    };

    /// <summary>Parses a command-line name (case-insensitive; dashes or underscores), or throws naming the choices.</summary>
    public static SpendCategory Parse(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace('-', '_');
        foreach (var category in Enum.GetValues<SpendCategory>())
        {
            if (Name(category) == key)
            {
                return category;
            }
        }

        throw new LedgerException($"'{text}' is not a spend category; use one of {string.Join(", ", Enum.GetValues<SpendCategory>().Select(Name))}.");
    }
}
