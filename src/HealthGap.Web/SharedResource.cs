namespace HealthGap.Web;

/// <summary>Marker type for the fixed page text in <c>Resources/SharedResource*.resx</c> (English and Polish).</summary>
internal sealed class SharedResource;
