namespace HealthGap.Core.Funding.Allocation;

/// <summary>What is being funded: the footprint, the kind of area, and the file that defined the areas if any.</summary>
/// <param name="Code">The footprint's code (an ICB's ODS code, or <c>ENG</c> for England).</param>
/// <param name="Name">The footprint's name.</param>
/// <param name="Level">The kind of area the budget is divided over.</param>
/// <param name="GroupsFile">The neighbourhood groups file, for <see cref="AllocationLevel.Neighbourhood"/>.</param>
/// <param name="GroupsSha256">SHA-256 of the groups file.</param>
public sealed record AllocationScope(string Code, string Name, AllocationLevel Level, string? GroupsFile = null, string? GroupsSha256 = null);
