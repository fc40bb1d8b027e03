using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthGap.Core.Store;

/// <summary>
/// DuckDB's memory limit (<c>SET memory_limit</c>): a positive number followed by KB, MB or GB, e.g.
/// <c>2GB</c> or <c>1536MB</c>. It is written into SQL (DuckDB's <c>SET</c> takes no parameters), so only
/// a value parsed here can exist: anything else is refused by <see cref="Parse"/> with a message that says
/// what to write.
/// </summary>
public sealed partial record MemoryLimit
{
    private MemoryLimit(string text) => Text = text;

    /// <summary>The default for an ingest: 2GB.</summary>
    public static MemoryLimit Default { get; } = new("2GB");

    /// <summary>The limit as DuckDB reads it, e.g. <c>1536MB</c> (no spaces, unit in capitals).</summary>
    public string Text { get; }

    /// <summary>Reads a size such as <c>2GB</c>, <c>1536MB</c> or <c>512 mb</c>.</summary>
    /// <exception cref="FormatException">The text is not a positive number followed by KB, MB or GB.</exception>
    public static MemoryLimit Parse(string text) =>
        TryParse(text, out var limit) ? limit
        : throw new FormatException($"a memory limit must be a size such as 2GB or 1536MB (a number more than 0 followed by KB, MB or GB); got '{text}'.");

    /// <summary>Reads a size as <see cref="Parse"/> does; false (and null) when it is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemoryLimit? limit)
    {
        limit = null;
        var match = Size().Match(text ?? "");
        if (!match.Success || decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) <= 0)
        {
            return false;
        }

        limit = new MemoryLimit(match.Groups["number"].Value + match.Groups["unit"].Value.ToUpperInvariant());
        return true;
    }

    /// <summary>The DuckDB statement that sets this limit.</summary>
    public string SetStatement => $"SET memory_limit = '{Text}';";

    /// <inheritdoc />
    public override string ToString() => Text;

    [GeneratedRegex(@"^\s*(?<number>\d{1,9}(\.\d{1,3})?)\s*(?<unit>KB|MB|GB)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Size();
}
