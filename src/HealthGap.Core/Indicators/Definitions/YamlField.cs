using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// A node of a definition file with its path (e.g. <c>numerator.where[0].age.min</c>), so every
/// error can say which file, line and field is wrong.
/// </summary>
internal sealed record YamlField(string File, string Path, YamlNode Node)
{
    public DefinitionException Error(string message) =>
        new($"{File}, line {Node.Start.Line}, field '{Path}': {message}");

    public YamlMappingNode Mapping => Node as YamlMappingNode ?? throw Error("expected a mapping (key: value lines).");

    public IEnumerable<YamlField> Items => Node is YamlSequenceNode seq
        ? seq.Children.Select((n, i) => new YamlField(File, $"{Path}[{i}]", n))
        : throw Error("expected a list (lines starting with '- ').");

    public string Text => Node is YamlScalarNode { Value: { } v } && v.Length > 0 ? v : throw Error("expected a text value.");

    public YamlField? Optional(string key) =>
        Mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) && !(child is YamlScalarNode { Value: null or "" or "~" })
            ? new YamlField(File, Path.Length == 0 ? key : $"{Path}.{key}", child)
            : null;

    public YamlField Required(string key) =>
        Optional(key) ?? throw new DefinitionException($"{File}, line {Node.Start.Line}, field '{(Path.Length == 0 ? key : $"{Path}.{key}")}': required field is missing.");

    public double Number()
    {
        return double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error($"'{Text}' is not a number.");
    }

    public int Integer(int min, int max)
    {
        return int.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Error($"'{Text}' must be a whole number from {min} to {max}.");
    }

    public IReadOnlyList<string> TextList() => Node is YamlScalarNode ? [Text] : [.. Items.Select(i => i.Text)];

    public void AllowOnly(params string[] keys)
    {
        foreach (var key in Mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
        {
            if (!keys.Contains(key))
            {
                throw Error($"unknown field '{key}'. Allowed here: {string.Join(", ", keys)}.");
            }
        }
    }

    public T OneOf<T>(IReadOnlyDictionary<string, T> allowed) =>
        allowed.TryGetValue(Text, out var value) ? value : throw Error($"'{Text}' is not allowed. Use one of: {string.Join(", ", allowed.Keys)}.");
}
