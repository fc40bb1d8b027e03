using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Cli.Fuzz;

/// <summary>
/// Runs a (malformed) indicator definition through the real loader and SQL compiler: the only documented
/// failure is <see cref="DefinitionException"/>; anything else is a crash.
/// </summary>
internal sealed class DefinitionFuzzTarget(CodelistLibrary codelists, string directory)
{
    private static readonly DateOnly PeriodEnd = new(2025, 3, 31);
    private readonly DefinitionLoader _loader = new(codelists);
    private readonly IndicatorCompiler _compiler = new();

    /// <summary>Loads and compiles one definition; returns null when it compiled or was refused as documented.</summary>
    public FuzzProblem? Run(FuzzSeed seed, byte[] content)
    {
        var path = Path.Combine(directory, seed.FileName);
        File.WriteAllBytes(path, content);
        try
        {
            var definition = _loader.LoadFile(path);
            _compiler.Compile(definition, ReportingPeriod.Ending(definition.Period, PeriodEnd));
            return null;
        }
        catch (DefinitionException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FuzzProblem(FuzzProblemKind.Crash, ex.ToString());
        }
    }
}
