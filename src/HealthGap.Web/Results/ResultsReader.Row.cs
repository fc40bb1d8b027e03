using System.Globalization;
using HealthGap.Core.Disclosure;
using Sylvan.Data.Csv;

namespace HealthGap.Web.Results;

/// <summary>Field access for <see cref="ResultsReader"/>.</summary>
internal static partial class ResultsReader
{
    /// <summary>
    /// One CSV row with checked access by column name. Fields are read as spans: numbers and dates
    /// are parsed without a string, and text (a few hundred distinct ids, codes and names over
    /// hundreds of thousands of rows) comes from a pool, so a report loads quickly and each distinct
    /// value is held once. Periods are shared the same way.
    /// </summary>
    private sealed class Row(CsvDataReader csv, string file)
    {
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private readonly Dictionary<(DateOnly, DateOnly), ReportingPeriod> _periods = [];

        public long Line { get; set; } = 1;

        public string Text(string column)
        {
            var span = csv.GetFieldSpan(Ordinal(column));
            var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(span, out var text))
            {
                text = span.ToString();
                _pool[text] = text;
            }

            return text;
        }

        /// <summary>The text of a column later reports added (empty when an older report has no such column).</summary>
        public string OptionalText(string column) => _columns.ContainsKey(column) ? Text(column) : "";

        public double? Number(string column)
        {
            var text = csv.GetFieldSpan(Ordinal(column)).Trim();
            // "[c]" is the disclosure gate's marker for a hidden figure: it is read as "not shown", never as 0.
            if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual(DisclosureGate.Marker))
            {
                return null;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new ResultsException($"{file} line {Line}, column {column}: '{text}' is not a number. Re-run `healthgap report`.");
        }

        public bool Flag(string column) =>
            csv.GetFieldSpan(Ordinal(column)).Trim() is var text
            && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"));

        public ReportingPeriod Period(string startColumn, string endColumn)
        {
            var key = (Date(startColumn), Date(endColumn));
            if (!_periods.TryGetValue(key, out var period))
            {
                _periods[key] = period = new ReportingPeriod(key.Item1, key.Item2);
            }

            return period;
        }

        private DateOnly Date(string column)
        {
            var text = csv.GetFieldSpan(Ordinal(column)).Trim();
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new ResultsException($"{file} line {Line}, column {column}: '{text}' is not a date (yyyy-MM-dd).");
        }

        private readonly Dictionary<string, int> _columns = Enumerable.Range(0, csv.FieldCount)
            .ToDictionary(i => csv.GetName(i).Trim(), i => i, StringComparer.OrdinalIgnoreCase);

        private int Ordinal(string column) =>
            _columns.TryGetValue(column, out var ordinal)
                ? ordinal
                : throw new ResultsException($"{file}: column '{column}' is missing. Re-run `healthgap report` to write the current format.");
    }
}
