namespace HealthGap.Synthetic.Population;

/// <summary>
/// Synthetic NHS numbers. The range reserved for testing (999 000 0000 to 999 999 9999) holds only
/// about 909,000 numbers valid under Modulus 11, so a larger population overflows into the blocks
/// 998, 997… (documented in <c>docs/synthetic.md</c> and recorded in <c>truth.json</c>). The last
/// <see cref="UnregisteredPool"/> valid numbers of the test range are never given to a registered
/// person: the dirt injector uses them for "records for unregistered people".
/// </summary>
internal sealed class NhsNumbers
{
    public const int UnregisteredPool = 5000;
    private const int BlockSize = 1_000_000;
    private readonly List<int[]> _blocks = [];

    /// <summary>The three-digit blocks used, first the test block 999, then the overflow blocks.</summary>
    public List<int> BlocksUsed { get; } = [];

    public NhsNumbers(long needed)
    {
        var test = ValidPrefixes(999);
        Unregistered = test[^UnregisteredPool..].Select(Compose).ToArray();
        _blocks.Add(test[..^UnregisteredPool]);
        BlocksUsed.Add(999);
        var capacity = (long)_blocks[0].Length;
        for (var block = 998; capacity < needed; block--)
        {
            var prefixes = ValidPrefixes(block);
            _blocks.Add(prefixes);
            BlocksUsed.Add(block);
            capacity += prefixes.Length;
        }
    }

    /// <summary>Valid numbers that no registered person holds.</summary>
    public IReadOnlyList<string> Unregistered { get; }

    /// <summary>The NHS number of the person with this global index.</summary>
    public string ForIndex(long index)
    {
        foreach (var block in _blocks)
        {
            if (index < block.Length)
            {
                return Compose(block[index]);
            }

            index -= block.Length;
        }

        throw new ArgumentOutOfRangeException(nameof(index), "More people than synthetic NHS numbers.");
    }

    /// <summary>Modulus 11 check digit of a 9-digit prefix, or -1 when no valid number has it.</summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /// <summary>True when the text is 10 digits with a correct Modulus 11 check digit.</summary>
    public static bool IsValid(string text) =>
        text.Length == 10 && text.All(char.IsAsciiDigit) && CheckDigit(text) == text[9] - '0';

    private static int[] ValidPrefixes(int block)
    {
        var result = new List<int>(920_000);
        Span<char> digits = stackalloc char[9];
        for (var i = 0; i < BlockSize; i++)
        {
            var prefix = (block * BlockSize) + i;
            prefix.TryFormat(digits, out _, "D9", System.Globalization.CultureInfo.InvariantCulture);
            if (CheckDigit(digits) >= 0)
            {
                result.Add(prefix);
            }
        }

        return result.ToArray();
    }

    private static string Compose(int prefix)
    {
        Span<char> digits = stackalloc char[10];
        prefix.TryFormat(digits, out _, "D9", System.Globalization.CultureInfo.InvariantCulture);
        digits[9] = (char)('0' + CheckDigit(digits));
        return new string(digits);
    }
}
