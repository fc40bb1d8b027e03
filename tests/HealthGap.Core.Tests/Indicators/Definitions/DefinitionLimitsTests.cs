using System.Text;
using HealthGap.Core.Indicators.Definitions;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Definitions;

/// <summary>
/// Hostile definition files (deep nesting, alias bombs, huge files) are refused with a message naming
/// the file and line, before they can exhaust the stack, the memory or DuckDB's parser.
/// </summary>
public sealed class DefinitionLimitsTests : IDisposable
{
    private const string Header = """
        title: t
        description: d
        rationale: r
        source: s
        measure: proportion
        multiplier: 100
        polarity: higher-better
        period: { type: financial_year }
        denominator: { count: persons }

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-definition-limits").FullName;

    [Theory]
    [InlineData(40)]
    [InlineData(1_000)]
    [InlineData(300)]
    public void LoadFile_NestedNotBlockStyle_IsRefusedNamingFileAndLine(int depth)
    {
        var text = new StringBuilder("numerator:\n  count: persons\n  where:\n    - ");
        for (var i = 0; i < depth; i++)
        {
            text.Append("not:\n").Append(' ', 8 + (2 * i));
        }

        text.Append("registered\n");
        var path = Write("deep_block", text.ToString());

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.StartsWith("deep_block.yaml", ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"^deep_block.yaml(, line \d+: the definition nests deeper than 32 levels|: the file is [\d,]+ bytes; a definition may be at most)", ex.Message);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(5_000)]
    [InlineData(30_000)]
    public void LoadFile_NestedNotFlowStyle_IsRefusedWithTheDepthLimit(int depth)
    {
        var text = "numerator: { count: persons, where: [ " + string.Concat(Enumerable.Repeat("{not: ", depth)) + "registered" + new string('}', depth) + " ] }\n";
        var path = Write("deep_flow", text);

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.StartsWith("deep_flow.yaml, line 11: the definition nests deeper than 32 levels", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(30)]
    public void LoadFile_AliasBomb_IsRefusedAtTheAliasThatExpandsTooFar(int levels)
    {
        var text = new StringBuilder("numerator:\n  count: persons\n  where:\n    - &a0 {any_of: [registered, registered, registered, registered, registered, registered, registered, registered, registered, registered]}\n");
        for (var level = 1; level < levels; level++)
        {
            text.Append($"    - &a{level} {{any_of: [").AppendJoin(", ", Enumerable.Repeat($"*a{level - 1}", 10)).Append("]}\n");
        }

        var path = Write("alias_bomb", text.ToString());

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.StartsWith("alias_bomb.yaml, line ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("grows past 10,000 values when alias '*a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_AliasesThatExpandDeep_AreRefusedByDepth()
    {
        var text = new StringBuilder("numerator:\n  count: persons\n  where:\n    - &d0 {not: registered}\n");
        for (var level = 1; level < 40; level++)
        {
            text.Append($"    - &d{level} {{not: *d{level - 1}}}\n");
        }

        var path = Write("alias_deep", text.ToString());

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.Contains("nests deeper than 32 levels when alias '*d", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_HugeFile_IsRefusedBeforeItIsParsed()
    {
        var path = Path.Combine(_folder, "huge.yaml");
        using (var writer = File.CreateText(path))
        {
            writer.Write("id: huge\n" + Header + "numerator: { count: persons }\nrationale_notes: \"");
            for (var i = 0; i < 64; i++)
            {
                writer.Write(new string('x', 1 << 20));
            }

            writer.Write("\"\n");
        }

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.StartsWith("huge.yaml: the file is 67,1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 262,144", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_ModeratelyNestedDefinition_StillLoads()
    {
        var path = Write("nested_ok", "numerator: { count: persons, where: [ " + string.Concat(Enumerable.Repeat("{not: ", 20)) + "registered" + new string('}', 20) + " ] }\n");

        Assert.Equal("nested_ok", Loader.LoadFile(path).Id);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string id, string body)
    {
        var path = Path.Combine(_folder, id + ".yaml");
        File.WriteAllText(path, $"id: {id}\n{Header}{body}");
        return path;
    }
}
