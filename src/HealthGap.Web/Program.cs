var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => TypedResults.Ok("ok"));
app.Run();

/// <summary>The web app's entry point (public so tests can host it).</summary>
public partial class Program;
