namespace HealthGap.Web;

/// <summary>Marker type for the fixed page text in <c>Resources/SharedResource*.resx</c> (English, Polish and Urdu).</summary>
internal sealed class SharedResource;
