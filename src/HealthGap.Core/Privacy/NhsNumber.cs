namespace HealthGap.Core.Privacy;

/// <summary>
/// The NHS number rules from the NHS Data Dictionary: ten digits, the last a Modulus 11 check digit.
/// Spaces and hyphens (as printed on letters: <c>999 000 0018</c>) are ignored when normalising.
/// This type never logs or formats a number in full: use <see cref="Mask"/> for anything shown.
/// </summary>
public static class NhsNumber
{
    /// <summary>Length of a normalised NHS number.</summary>
    public const int Length = 10;

    /// <summary>
    /// Copies the digits of <paramref name="text"/> into <paramref name="normalised"/> (10 chars) and checks
    /// them. Returns <see cref="NhsNumberCheck.Valid"/> only for ten digits that pass Modulus 11.
    /// </summary>
    public static NhsNumberCheck Normalise(ReadOnlySpan<char> text, Span<char> normalised)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (c is < '0' or > '9' || count == Length)
            {
                return count == 0 && IsBlank(text) ? NhsNumberCheck.Missing : NhsNumberCheck.Malformed;
            }

            normalised[count++] = c;
        }

        if (count == 0)
        {
            return NhsNumberCheck.Missing;
        }

        if (count != Length)
        {
            return NhsNumberCheck.Malformed;
        }

        return PassesModulus11(normalised[..Length]) ? NhsNumberCheck.Valid : NhsNumberCheck.FailsModulus11;
    }

    /// <summary>True when ten digits pass the Modulus 11 check (weights 10..2, check digit 11 − remainder; 10 is invalid, 11 means 0).</summary>
    public static bool PassesModulus11(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>
    /// The only form in which an NHS number may appear in a message, log or quarantine row: the first three
    /// and last two characters, the rest starred (<c>999*****18</c>). Short values are starred entirely.
    /// </summary>
    public static string Mask(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 6)
        {
            return new string('*', trimmed.Length);
        }

        return string.Concat(trimmed[..3], new string('*', trimmed.Length - 5), trimmed[^2..]);
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();
}

/// <summary>The outcome of checking an NHS number.</summary>
public enum NhsNumberCheck
{
    /// <summary>Ten digits passing Modulus 11.</summary>
    Valid,

    /// <summary>Empty or blank.</summary>
    Missing,

    /// <summary>Not ten digits (letters, too short or too long).</summary>
    Malformed,

    /// <summary>Ten digits whose check digit is wrong.</summary>
    FailsModulus11,
}
