using System.Buffers;
using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The checks every field of every record gets, whatever its column: no control characters (a NUL
/// truncated keys in DuckDB; a quoted line break hides a record), no U+FFFD (what the UTF-8 decoder makes of
/// bytes that are not UTF-8), and no NHS number outside the <c>nhs_number</c> column (a record id, code,
/// value or name holding one would put it in the store in clear). It does not decide what happens to the
/// record; <see cref="FeedProcessor"/> does.
/// </summary>
internal static class FieldScan
{
    // Everything that is not printable ASCII, plus the digits: most fields (codes, ids, dates) are skipped
    // by one vectorised search, and only fields with digits or odd characters are walked.
    private static readonly SearchValues<char> Interesting = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "0123456789\u007f");

    /// <summary>
    /// Scans <paramref name="text"/>. Returns <see cref="FieldIssue.NhsNumber"/> (with the ten digits in
    /// <paramref name="digits"/>) as soon as a valid-looking NHS number is found, otherwise the first
    /// character problem, otherwise <see cref="FieldIssue.None"/>. <paramref name="end"/> is where the number
    /// ends, to look for another after it.
    /// </summary>
    public static FieldIssue Inspect(ReadOnlySpan<char> text, Span<char> digits, out int end)
    {
        end = text.Length;
        var issue = text.Contains('\uFFFD') ? FieldIssue.NotUtf8 : FieldIssue.None;
        var start = text.IndexOfAny(Interesting);
        if (start < 0)
        {
            return issue;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == 0x7f)
            {
                issue = issue == FieldIssue.None ? FieldIssue.ControlCharacter : issue;
            }
            else if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                if (NhsNumberAt(text, i, digits, out end))
                {
                    return FieldIssue.NhsNumber;
                }
            }
        }

        return issue;
    }

    /// <summary>
    /// True when the digit run starting at <paramref name="start"/> is an NHS number: ten digits in a row, or
    /// ten digits in groups joined by single spaces or hyphens (<c>999 004 7928</c>, <c>999-004-7928</c>) with
    /// no letter or digit either side, passing Modulus 11. Longer digit runs (SNOMED codes) are not numbers.
    /// </summary>
    private static bool NhsNumberAt(ReadOnlySpan<char> text, int start, Span<char> digits, out int end)
    {
        end = text.Length;
        var count = 0;
        var grouped = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count == NhsNumber.Length)
                {
                    return false;
                }

                digits[count++] = c;
                i++;
            }
            else if ((c is ' ' or '-') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && count < NhsNumber.Length)
            {
                grouped = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (count != NhsNumber.Length)
        {
            return false;
        }

        end = i;
        // A grouped number must stand alone, so a UUID's hex groups ("12345678-12ab") are not read as one.
        if (grouped && ((start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))))
        {
            return false;
        }

        return NhsNumber.PassesModulus11(digits[..NhsNumber.Length]);
    }
}
