using HealthGap.Web;

HealthGapWebHost.Run(args: args);

/// <summary>The web app's entry point (public so tests can host it).</summary>
public partial class Program;
