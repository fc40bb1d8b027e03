using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// The size a definition file may have, checked before it is loaded: at most
/// <see cref="MaxFileBytes"/> bytes, <see cref="MaxDepth"/> levels of nesting and <see cref="MaxNodes"/>
/// values, both counted with every alias expanded (so an alias bomb, the YAML billion laughs, is
/// measured at the size it would become). It reads the file as a stream of parser events, holding one
/// small frame per open level, so a hostile file cannot exhaust the stack or memory before it is
/// refused; the error names the file and line. The shipped definitions are under 3 KB, 8 levels
/// deep and 200 values.
/// </summary>
internal static class DefinitionLimits
{
    /// <summary>Largest definition file: 256 KiB.</summary>
    public const long MaxFileBytes = 256 * 1024;

    /// <summary>Deepest nesting of mappings and lists (e.g. <c>not:</c> inside <c>not:</c>), aliases expanded.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most values (mappings, lists and scalars) in one definition, aliases expanded.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>Refuses a file over the limits with a <see cref="DefinitionException"/>; YAML syntax errors surface as <see cref="YamlException"/>.</summary>
    public static void Check(string path, string name)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new DefinitionException($"{name}: the file is {length:N0} bytes; a definition may be at most {MaxFileBytes:N0}. Definitions are a few kilobytes: check this is the file you meant.");
        }

        using var reader = File.OpenText(path);
        var parser = new Parser(reader);
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, (long Nodes, int Depth)>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    total = Count(total, 1, name, start);
                    open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    if (open.Count > MaxDepth)
                    {
                        throw TooDeep(name, start);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    Add(open, closed.Anchor, closed.Nodes + 1, closed.Depth + 1, anchors);
                    break;
                case Scalar scalar:
                    total = Count(total, 1, name, scalar);
                    Add(open, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1, 0, anchors);
                    break;
                case AnchorAlias alias:
                    // An unknown alias is left for the YAML loader to report.
                    var (nodes, depth) = anchors.GetValueOrDefault(alias.Value.Value, (1, 0));
                    if (open.Count + depth > MaxDepth)
                    {
                        throw TooDeep(name, alias);
                    }

                    total = Count(total, nodes, name, alias);
                    Add(open, null, nodes, depth, anchors);
                    break;
            }
        }
    }

    private static void Add(Stack<Frame> open, string? anchor, long nodes, int depth, Dictionary<string, (long, int)> anchors)
    {
        if (anchor is not null)
        {
            anchors[anchor] = (nodes, depth);
        }

        if (open.TryPeek(out var parent))
        {
            parent.Nodes += nodes;
            parent.Depth = Math.Max(parent.Depth, depth);
        }
    }

    private static long Count(long total, long more, string name, ParsingEvent at) =>
        total + more <= MaxNodes ? total + more
        : throw new DefinitionException(
            $"{name}, line {at.Start.Line}: the definition grows past {MaxNodes:N0} values{(at is AnchorAlias a ? $" when alias '*{a.Value}' is expanded" : string.Empty)}. A definition needs a few hundred at most: write the criteria out plainly, without repeated aliases.");

    private static DefinitionException TooDeep(string name, ParsingEvent at) => new(
        $"{name}, line {at.Start.Line}: the definition nests deeper than {MaxDepth} levels{(at is AnchorAlias a ? $" when alias '*{a.Value}' is expanded" : string.Empty)}. Simplify the criteria (e.g. 'not: {{not: X}}' is X; combine conditions with all_of/any_of).");

    /// <summary>One open mapping or list: its anchor, and the values and depth beneath it so far.</summary>
    private sealed class Frame(string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public long Nodes { get; set; }

        public int Depth { get; set; }
    }
}
