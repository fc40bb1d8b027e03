namespace HealthGap.Cli.Stats;

/// <summary>One <c>healthgap stats</c> method: its name, its help and what it does with a request.</summary>
internal sealed record StatsMethod(string Name, string Help, Action<StatsRequest, TextWriter, TextWriter> Run);
