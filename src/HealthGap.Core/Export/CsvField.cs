namespace HealthGap.Core.Export;

/// <summary>
/// One CSV cell as every HealthGap CSV writes it (web downloads, report files, CLI tables, ledger
/// lists): RFC 4180 quoting, and protection against CSV (formula) injection following the OWASP
/// guidance. A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as
/// a formula. A cell that is a plain number (<c>-12.5</c>, <c>+3</c>, <c>-1.2E-05</c>) is left alone:
/// a genuine negative figure stays a number. It does not decide what a column means; callers pass
/// every cell through it.
/// </summary>
public static class CsvField
{
    /// <summary>The cell, neutralised if it could run as a formula, then quoted if it needs quoting.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var cell = IsFormulaLike(value) ? "'" + value : value;
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>True when a spreadsheet could read the cell as a formula (and it is not simply a number).</summary>
    public static bool IsFormulaLike(ReadOnlySpan<char> value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(value);

    // Digits with an optional sign, decimal point and exponent; nothing else (no spaces, no letters).
    private static bool IsPlainNumber(ReadOnlySpan<char> value)
    {
        var i = value[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
            digits++;
        }

        if (i < value.Length && value[i] == '.')
        {
            i++;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            i += i < value.Length && value[i] is '+' or '-' ? 1 : 0;
            var exponent = 0;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
                exponent++;
            }

            return exponent > 0 && i == value.Length;
        }

        return i == value.Length;
    }
}
