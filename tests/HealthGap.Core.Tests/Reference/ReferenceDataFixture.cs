using HealthGap.Core.Reference;

namespace HealthGap.Core.Tests.Reference;

/// <summary>Loads the shipped reference data once for every test class that shares it.</summary>
public sealed class ReferenceDataFixture
{
    public ReferenceData Data { get; } = ReferenceData.Load();
}

[CollectionDefinition(Name)]
public sealed class SharedReferenceData : ICollectionFixture<ReferenceDataFixture>
{
    public const string Name = "reference data";
}
