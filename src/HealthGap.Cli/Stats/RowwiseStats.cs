using HealthGap.Core.Statistics;
using Sylvan.Data.Csv;

namespace HealthGap.Cli.Stats;

/// <summary>
/// Proportion and crude rate, row by row (streamed: a million rows never sit in memory) or summed
/// per group. Unlike the package we always sum when --group-by is given, even for one group.
/// </summary>
internal static class RowwiseStats
{
    public static void Run(StatsRequest request, TextWriter stdout, bool proportion)
    {
        var multiplier = request.Multiplier ?? (proportion ? 1 : 100_000);
        var levels = request.Confidence.RequireOneOrStandardPair();
        string[] outputs = ["value", .. StatsCsvWriter.LimitColumns(levels), "confidence", "statistic", "method"];
        var compute = proportion
            ? (Func<double?, double?, Estimate>)((x, n) => Proportion.Wilson(x, n, multiplier, levels))
            : (x, n) => CrudeRate.Calculate(x, n, multiplier, levels);
        using var writer = new StatsCsvWriter(request.OpenOutput(stdout));
        if (request.GroupBy.Count > 0)
        {
            Grouped(request, writer, outputs, compute, levels);
            return;
        }

        using var reader = CsvDataReader.Create(request.Input, new CsvDataReaderOptions { BufferSize = 1 << 16 });
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var x = IndexOf(names, request.ColumnName("numerator"), request.Input);
        var n = IndexOf(names, request.ColumnName("denominator"), request.Input);
        foreach (var name in names.Concat(outputs))
        {
            writer.Text(name);
        }

        writer.EndRow();
        long line = 1;
        var label = levels.Label;
        while (reader.Read())
        {
            line++;
            for (var i = 0; i < names.Length; i++)
            {
                writer.Span(reader.GetFieldSpan(i));
            }

            var estimate = compute(StatsTable.Parse(reader.GetFieldSpan(x), request.Input, line, names[x]),
                StatsTable.Parse(reader.GetFieldSpan(n), request.Input, line, names[n]));
            writer.Estimate(estimate).Text(label).Text(estimate.Statistic).Text(estimate.Method);
            writer.EndRow();
        }
    }

    private static void Grouped(StatsRequest request, StatsCsvWriter writer, string[] outputs, Func<double?, double?, Estimate> compute, ConfidenceLevels levels)
    {
        var table = StatsTable.Read(request.Input);
        var x = table.Column(request.ColumnName("numerator"), "numerator");
        var n = table.Column(request.ColumnName("denominator"), "denominator");
        foreach (var name in request.GroupBy.Concat([table.Header[x], table.Header[n]]).Concat(outputs))
        {
            writer.Text(name);
        }

        writer.EndRow();
        foreach (var (key, rows) in table.Groups(request.GroupBy))
        {
            // NA anywhere in the group makes its sum NA, as R's sum() does.
            double? sumX = 0, sumN = 0;
            foreach (var r in rows)
            {
                sumX += table.Number(table.Rows[r], x, r);
                sumN += table.Number(table.Rows[r], n, r);
            }

            foreach (var k in key)
            {
                writer.Text(k);
            }

            var estimate = compute(sumX, sumN);
            writer.Number(sumX).Number(sumN).Estimate(estimate).Text(levels.Label).Text(estimate.Statistic).Text(estimate.Method);
            writer.EndRow();
        }
    }

    private static int IndexOf(string[] names, string name, string path)
    {
        var index = Array.FindIndex(names, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new CliUsageException($"{path}: column '{name}' not found; columns are {string.Join(", ", names)}. Rename with --column numerator=NAME.");
    }
}
