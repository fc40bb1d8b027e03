using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>Turning the PLUS flag rules and their codelists into the codes the merge flags people by.</summary>
public sealed partial class Ingestor
{
    /// <summary>
    /// Every code of every <see cref="PlusFlagRule"/>, read from <paramref name="codelists"/>; a rule part whose
    /// codelist is missing is skipped with a warning for the analyst.
    /// </summary>
    private List<FlagCode> FlagCodes(CodelistLibrary codelists)
    {
        var codes = new List<FlagCode>();
        foreach (var rule in PlusFlagRule.All)
        {
            foreach (var (names, include) in new[] { (rule.Include, true), (rule.Exclude, false) })
            {
                foreach (var name in names)
                {
                    if (rule.CodeSystem != "local" && codelists.Check(name) is { } problem)
                    {
                        _warnings.Add($"PLUS flag rule skipped: {rule.Flag} ({problem})");
                        continue;
                    }

                    IEnumerable<string> listed = rule.CodeSystem == "local" ? [name] : codelists.Codes(name);
                    codes.AddRange(listed.Select(code => new FlagCode(rule.Flag, include, rule.CodeSystem, code, rule.CurrentOnly)));
                }
            }
        }

        return codes;
    }
}
