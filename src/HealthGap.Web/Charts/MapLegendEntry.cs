namespace HealthGap.Web.Charts;

/// <summary>One colour on a map and what it means.</summary>
/// <param name="Colour">Fill colour.</param>
/// <param name="Label">What the colour means.</param>
internal sealed record MapLegendEntry(string Colour, string Label);
