using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Store;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Ingest;

/// <summary>Turning the PLUS flag rules and their codelists into the codes the merge flags people by.</summary>
public sealed partial class Ingestor
{
    /// <summary>
    /// Every code of every <see cref="PlusFlag"/>, read from <paramref name="codelists"/>; a rule part whose
    /// codelist is missing is skipped with a warning for the analyst.
    /// </summary>
    private List<FlagCode> FlagCodes(CodelistLibrary codelists)
    {
        var codes = new List<FlagCode>();
        foreach (var flag in PlusFlag.All)
        {
            var rule = flag.Derivation;
            foreach (var (names, include) in new[] { (rule.Include, true), (rule.Exclude, false) })
            {
                foreach (var name in names)
                {
                    if (rule.CodeSystem != PlusFlagDerivation.Local && codelists.Check(name) is { } problem)
                    {
                        _warnings.Add($"PLUS flag rule skipped: {flag.Name} ({problem})");
                        continue;
                    }

                    IEnumerable<string> listed = rule.CodeSystem == PlusFlagDerivation.Local ? [name] : codelists.Codes(name);
                    codes.AddRange(listed.Select(code => new FlagCode(flag.Name, include, rule.CodeSystem, code, rule.CurrentOnly)));
                }
            }
        }

        return codes;
    }
}
