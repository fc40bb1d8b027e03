using System.Globalization;
using System.Text.Json;
using HealthGap.Core.Export;
using Spectre.Console;

namespace HealthGap.Cli.Output;

/// <summary>
/// A titled table of values that can be printed as a terminal table, CSV or JSON. Values are
/// strings already formatted with the invariant culture, or null for "not available".
/// </summary>
internal sealed partial record ResultTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void WriteTable(TextWriter writer)
    {
        var console = Console(writer);
        console.Write(ToSpectreTable());
        console.WriteLine();
    }

    /// <summary>A Spectre table of this result, with numeric columns right-aligned.</summary>
    public Table ToSpectreTable()
    {
        var table = new Table().Title(Markup.Escape(Title)).Border(TableBorder.Rounded);
        for (var c = 0; c < Columns.Count; c++)
        {
            var numeric = Rows.All(r => r[c] is null || double.TryParse(r[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            table.AddColumn(new TableColumn(Markup.Escape(Columns[c])) { Alignment = numeric ? Justify.Right : Justify.Left });
        }

        foreach (var row in Rows)
        {
            table.AddRow(row.Select(v => Markup.Escape(v ?? "—")).ToArray());
        }

        return table;
    }

    public void WriteCsv(TextWriter writer)
    {
        writer.WriteLine(string.Join(',', Columns.Select(CsvField.Escape)));
        foreach (var row in Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(CsvField.Escape)));
        }
    }

    /// <summary>Rows as JSON objects keyed by column name.</summary>
    public IReadOnlyList<Dictionary<string, string?>> AsObjects() =>
        Rows.Select(r => Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToArray();

    /// <summary>Rows as JSON objects keyed by column name, numbers as JSON numbers and yes/no as booleans.</summary>
    public IReadOnlyList<Dictionary<string, System.Text.Json.Nodes.JsonNode?>> AsTypedObjects() =>
        Rows.Select(r => Columns.Zip(r).ToDictionary(p => p.First, p => JsonValueOf(p.Second))).ToArray();

    /// <summary>
    /// A cell as a JSON value: a plain decimal number (no leading zeros, so codes such as "E01000001"
    /// or "00A" stay text) becomes a number, "yes"/"no" a boolean, anything else a string.
    /// </summary>
    public static System.Text.Json.Nodes.JsonNode? JsonValueOf(string? text) =>
        text is null ? null
        : text is "yes" or "no" ? System.Text.Json.Nodes.JsonValue.Create(text == "yes")
        : PlainNumber().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? System.Text.Json.Nodes.JsonValue.Create(number)
            : System.Text.Json.Nodes.JsonValue.Create(text);

    [System.Text.RegularExpressions.GeneratedRegex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    public static void WriteJson(TextWriter writer, object value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, Indented));

    /// <summary>A console on <paramref name="writer"/>, with colour only on a real terminal.</summary>
    public static IAnsiConsole Console(TextWriter writer)
    {
        var terminal = writer == System.Console.Out && !System.Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
    }

    public static string Number(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}


