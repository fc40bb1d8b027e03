using System.CommandLine;
using HealthGap.Cli.Output;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Funding;

/// <summary><c>healthgap funding allocate</c>: divide a budget over an ICB's areas by one rule.</summary>
internal static class AllocateCommand
{
    public static Command Create()
    {
        var options = new AllocationOptions();
        var rule = new Option<string>("--rule")
        {
            Description = "How to share the money: " + string.Join(", ", AllocationRules.Ids) + ".",
            DefaultValueFactory = _ => "population",
        };
        var format = OutputFormatOption.Create();
        var outFile = new Option<string?>("--out", "-o") { Description = "Write the result to this file instead of the screen." };
        var command = new Command(
            "allocate",
            """
            Divide a health-inequalities budget over an ICB's places, sub-ICBs, PCNs/neighbourhoods or LSOAs
            by one rule, in whole pounds that add up exactly to the budget (largest-remainder rounding).
            Populations are IoD2019 mid-2015; deprivation is IMD 2019 (national deciles, Core20 = deciles 1-2).

            Rules:
              population     share by residents
              need-imd       residents weighted by the IMD 2019 score of their LSOA
              need-core20    residents, each Core20 resident counted (1 + --core20-uplift) times
              need-index     residents × a need index from HealthGap's own indicators (--need-from-report
                             indicators.csv --indicator-weight ID=W ...) or from your values (--weights)
              equal          the same to every area
              core20-split   --core20-share (0.8) to Core20 areas by their Core20 residents, the rest a bid pot
              custom         your own weights (--weights code,weight)

            The JSON export records the inputs, formula, data vintage and reference file hashes, so the
            scenario can be reproduced.

            Examples:
              healthgap funding allocate --icb QE1 --budget 2500000 --rule need-imd
              healthgap funding allocate --icb QE1 --budget 2500000 --rule core20-split --core20-share 0.8 --format csv
              healthgap funding allocate --icb QE1 --budget 900000 --years 3 --one-off --rule population --level sub-icb
              healthgap funding allocate --icb QE1 --budget 2500000 --rule equal --level neighbourhood --groups pcns.csv
              healthgap funding allocate --icb QE1 --budget 2500000 --rule custom --weights weights.csv --format json --out scenario.json
              healthgap funding allocate --icb QE1 --budget 2500000 --rule need-index --need-from-report healthgap-data/results/indicators.csv \
                --indicator-weight dsr_emergency_adm=0.6 --indicator-weight dsr_acsc_chronic=0.4
            """);
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(rule);
        command.Options.Add(format);
        command.Options.Add(outFile);
        command.SetAction(parse => FundingConsole.Run(() =>
        {
            var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
            var (scope, lsoas, groups) = options.Footprint(parse, reference);
            var scenario = Allocator.Allocate(reference, scope, lsoas, groups, options.BudgetFrom(parse),
                AllocationRules.Create(parse.GetValue(rule)!, options.RuleOptions(parse)));
            FundingConsole.Write(parse.GetValue(outFile), parse.InvocationConfiguration.Output,
                writer => AllocationView.Write(scenario, parse.GetValue(format), writer));
            return ExitCodes.Success;
        }));
        return command;
    }
}
