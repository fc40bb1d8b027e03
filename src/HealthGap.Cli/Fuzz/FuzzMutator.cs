using System.Text;

namespace HealthGap.Cli.Fuzz;

/// <summary>Applies <see cref="Mutation"/>s to the bytes of a seed: byte-level damage, line surgery and JSON-aware type swaps.</summary>
internal static class FuzzMutator
{
    private static readonly byte[][] Specials =
    [
        "\""u8.ToArray(), [0], "\r"u8.ToArray(), "\n"u8.ToArray(), ","u8.ToArray(), "\t"u8.ToArray(), [0x1b], [0xff], [0xc3],
        [0xef, 0xbb, 0xbf], "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\\"u8.ToArray(), "\"\""u8.ToArray(),
        [0xe2, 0x80, 0xa8], "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(),
    ];

    private static readonly string[] WrongValues =
    [
        "12345", "\"NaN\"", "[]", "{}", "true", "null", "[{\"a\":1}]", "\"x\"", "1e999", "-0", "\"2023-13-45\"", "[[[\"1\"]]]",
        "{\"value\":\"NaN\"}", "\"\"", "-9223372036854775809", "0.00000000000000000000000000000000001",
    ];

    private static readonly string[] Numbers = ["NaN", "1e309", "-1", "99999999999999999999999999", "", "0x1F", "1,5", "+Infinity", "9999-99-99", "2023-02-29"];

    /// <summary>The mutated bytes of <paramref name="content"/>; <paramref name="splice"/> gives lines of other seeds.</summary>
    public static byte[] Apply(byte[] content, IReadOnlyList<Mutation> mutations, Func<int, byte[]> splice)
    {
        var bytes = new List<byte>(content);
        foreach (var m in mutations)
        {
            var at = bytes.Count == 0 ? 0 : m.Position % (bytes.Count + 1);
            switch (m.Kind)
            {
                case MutationKind.FlipBit when bytes.Count > 0:
                    bytes[at % bytes.Count] ^= (byte)(1 << (m.Amount % 8));
                    break;
                case MutationKind.Truncate:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case MutationKind.InsertSpecial:
                    bytes.InsertRange(at, Specials[m.Choice % Specials.Length]);
                    break;
                case MutationKind.HugeField:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)'7', 1 + (m.Amount % 300_000)));
                    break;
                case MutationKind.ExtraColumn:
                    bytes.InsertRange(LineEnd(bytes, at), ",extra"u8.ToArray());
                    break;
                case MutationKind.DuplicateLine:
                    var (start, end) = Line(bytes, at);
                    bytes.InsertRange(start, bytes.GetRange(start, end - start));
                    break;
                case MutationKind.DeleteLine:
                    var (s, e) = Line(bytes, at);
                    bytes.RemoveRange(s, e - s);
                    break;
                case MutationKind.SwapLines:
                    var first = Line(bytes, at);
                    var text = bytes.GetRange(first.Start, first.End - first.Start);
                    bytes.RemoveRange(first.Start, first.End - first.Start);
                    bytes.InsertRange(Line(bytes, bytes.Count == 0 ? 0 : m.Amount % (bytes.Count + 1)).Start, text);
                    break;
                case MutationKind.SpliceLine:
                    var other = splice(m.Choice);
                    var (os, oe) = Line([.. other], other.Length == 0 ? 0 : m.Amount % other.Length);
                    bytes.InsertRange(Line(bytes, at).Start, other[os..oe]);
                    break;
                case MutationKind.WrongJsonType:
                    WrongType(bytes, m);
                    break;
                case MutationKind.DeepNesting:
                    var depth = 1 + (m.Amount % 5000);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('[', depth) + "1" + new string(']', depth)));
                    break;
                case MutationKind.ReplaceNumber:
                    ReplaceNumber(bytes, m);
                    break;
            }
        }

        return [.. bytes];
    }

    // Replaces the value after one `":` with a value of another JSON type (or a YAML value after `: `).
    private static void WrongType(List<byte> bytes, Mutation m)
    {
        var colons = new List<int>();
        for (var i = 0; i + 1 < bytes.Count; i++)
        {
            if (bytes[i] == (byte)':' && (bytes[i + 1] == (byte)' ' || (i > 0 && bytes[i - 1] == (byte)'"')))
            {
                colons.Add(i + 1);
            }
        }

        if (colons.Count == 0)
        {
            return;
        }

        var start = colons[m.Position % colons.Count];
        while (start < bytes.Count && bytes[start] == (byte)' ')
        {
            start++;
        }

        var end = ValueEnd(bytes, start);
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(WrongValues[m.Choice % WrongValues.Length]));
    }

    private static int ValueEnd(List<byte> bytes, int start)
    {
        if (start >= bytes.Count)
        {
            return start;
        }

        if (bytes[start] == (byte)'"')
        {
            var i = start + 1;
            while (i < bytes.Count && bytes[i] != (byte)'"')
            {
                i += bytes[i] == (byte)'\\' ? 2 : 1;
            }

            return Math.Min(i + 1, bytes.Count);
        }

        var depth = 0;
        for (var i = start; i < bytes.Count; i++)
        {
            var b = bytes[i];
            if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (depth == 0)
                {
                    return i;
                }

                if (--depth == 0)
                {
                    return i + 1;
                }
            }
            else if (depth == 0 && b is (byte)',' or (byte)'\n')
            {
                return i;
            }
        }

        return bytes.Count;
    }

    private static void ReplaceNumber(List<byte> bytes, Mutation m)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < bytes.Count; i++)
        {
            if (char.IsAsciiDigit((char)bytes[i]))
            {
                var start = i;
                while (i < bytes.Count && (char.IsAsciiDigit((char)bytes[i]) || bytes[i] is (byte)'.' or (byte)'-'))
                {
                    i++;
                }

                runs.Add((start, i));
            }
        }

        if (runs.Count > 0)
        {
            var (s, e) = runs[m.Position % runs.Count];
            bytes.RemoveRange(s, e - s);
            bytes.InsertRange(s, Encoding.UTF8.GetBytes(Numbers[m.Choice % Numbers.Length]));
        }
    }

    private static (int Start, int End) Line(List<byte> bytes, int at)
    {
        var start = Math.Min(at, bytes.Count);
        while (start > 0 && bytes[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = start;
        while (end < bytes.Count && bytes[end] != (byte)'\n')
        {
            end++;
        }

        return (start, Math.Min(end + 1, bytes.Count));
    }

    private static int LineEnd(List<byte> bytes, int at)
    {
        var end = Math.Min(at, bytes.Count);
        while (end < bytes.Count && bytes[end] != (byte)'\n')
        {
            end++;
        }

        return end;
    }
}
