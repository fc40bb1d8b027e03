using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>A trend badge: the direction the report's test found, whether it is the gap's, and the test in words.</summary>
internal sealed record TravelTagModel(Travel Travel, bool IsGap, string Test);
