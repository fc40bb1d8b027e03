namespace HealthGap.Synthetic.Population;

/// <summary>A synthetic GP practice and the primary care network it belongs to.</summary>
internal sealed record Practice(string Code, string Name, string PcnCode, string PcnName, string LadCode);
