using System.Globalization;
using HealthGap.Core.Export;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Stats;

/// <summary>Writes CSV with invariant numbers (shortest round-trip form) and NA for missing values, as R's write.csv does.</summary>
internal sealed class StatsCsvWriter(TextWriter writer, bool ownsWriter) : IDisposable
{
    private bool _first = true;

    /// <summary>Opens the request's output file, or standard output (which is flushed, never closed) for "-".</summary>
    public static StatsCsvWriter Open(StatsRequest request, TextWriter stdout) =>
        new(request.OpenOutput(stdout), ownsWriter: request.Output != "-");

    public StatsCsvWriter Text(string? text)
    {
        Separator();
        if (text is null)
        {
            writer.Write("NA");
        }
        else
        {
            writer.Write(CsvField.Escape(text));
        }

        return this;
    }

    /// <summary>Writes a cell straight from the reader's buffer (no string per cell on the million-row path).</summary>
    public StatsCsvWriter Span(ReadOnlySpan<char> text)
    {
        Separator();
        if (text.IndexOfAny(",\"\n\r") >= 0 || CsvField.IsFormulaLike(text))
        {
            writer.Write(CsvField.Escape(text.ToString()));
        }
        else
        {
            writer.Write(text);
        }

        return this;
    }

    public StatsCsvWriter Number(double? value)
    {
        Separator();
        if (value is { } v && !double.IsNaN(v))
        {
            Span<char> buffer = stackalloc char[32];
            if (v.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
            {
                writer.Write(buffer[..written]);
            }
        }
        else
        {
            writer.Write("NA");
        }

        return this;
    }

    /// <summary>Value and limits with the package's column naming.</summary>
    public StatsCsvWriter Estimate(Estimate estimate)
    {
        Number(estimate.Value);
        foreach (var interval in estimate.Intervals)
        {
            Number(interval.Lower).Number(interval.Upper);
        }

        return this;
    }

    public void EndRow()
    {
        writer.Write('\n');
        _first = true;
    }

    public void Dispose()
    {
        writer.Flush();
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }

    /// <summary>lowercl/uppercl for one level; lower95_0cl, upper95_0cl, … for several.</summary>
    public static IEnumerable<string> LimitColumns(ConfidenceLevels levels, string prefix = "")
    {
        foreach (var level in levels.Levels)
        {
            var suffix = levels.Levels.Count == 1 ? "" : ConfidenceLevels.SuffixFor(level);
            yield return $"{prefix}lower{suffix}cl";
            yield return $"{prefix}upper{suffix}cl";
        }
    }

    private void Separator()
    {
        if (!_first)
        {
            writer.Write(',');
        }

        _first = false;
    }
}
