namespace HealthGap.Web.Geography;

/// <summary>The path data of every shape sharing one key (a place's code, or an IMD decile), joined once.</summary>
/// <param name="Key">What the shapes share.</param>
/// <param name="Paths">Their path data, ready to go into one <c>d</c> attribute.</param>
internal sealed record MapChunk(string Key, string Paths);
