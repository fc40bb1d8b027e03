using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>Turning the PLUS flag rules and their codelists into the codes the merge flags people by.</summary>
public sealed partial class Ingestor
{
    /// <summary>
    /// Every code of every <see cref="PlusFlagRule"/>, read from the codelists in <paramref name="codelistDirectory"/>;
    /// a rule part whose codelist file is missing is skipped with a warning for the analyst.
    /// </summary>
    private List<FlagCode> FlagCodes(string codelistDirectory)
    {
        var codes = new List<FlagCode>();
        foreach (var rule in PlusFlagRule.All)
        {
            foreach (var (names, include) in new[] { (rule.Include, true), (rule.Exclude, false) })
            {
                foreach (var name in names)
                {
                    var listed = rule.CodeSystem == "local" ? [name] : Codelists.Read(codelistDirectory, name);
                    if (listed is null)
                    {
                        _warnings.Add($"PLUS flag rule skipped: {rule.Flag} ({name.Split('#')[0]}.csv not found in {codelistDirectory})");
                        continue;
                    }

                    codes.AddRange(listed.Select(code => new FlagCode(rule.Flag, include, rule.CodeSystem, code, rule.CurrentOnly)));
                }
            }
        }

        return codes;
    }
}
