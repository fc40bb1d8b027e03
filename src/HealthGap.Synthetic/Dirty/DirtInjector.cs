using System.Globalization;
using System.Text;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Dirty;

/// <summary>
/// Damages a share (<c>--dirty</c>) of rows as they are written, with its own random stream so the
/// clean rows are the same whatever the rate, and counts what it did per feed and kind for
/// <c>truth.json</c>. Registrations only ever get exact duplicates: damaging them would silently
/// turn a person's every other record into an "unregistered" one and blur the counts.
/// </summary>
internal sealed class DirtInjector(double rate, SeededRandom random, IReadOnlyList<string> unregistered)
{
    private static readonly int KindCount = Enum.GetValues<DirtKind>().Length;

    /// <summary>Counts indexed [feed, kind].</summary>
    public long[,] Counts { get; } = new long[FeedLayout.All.Count, KindCount];

    /// <summary>Whose rows were damaged (opted-out people, rows without an NHS number).</summary>
    public DirtOwners Owners { get; } = new();

    public void MaybeDamage(Feed feed, StringBuilder buffer, int rowStart)
    {
        if (rate <= 0 || feed == Feed.GpPractices)
        {
            return;
        }

        if (!random.Chance(rate))
        {
            if (feed == Feed.OptOuts)
            {
                Owners.OptedOut(buffer.ToString(rowStart, buffer.Length - rowStart - 1));
            }

            return;
        }

        var layout = FeedLayout.All[(int)feed];
        var kind = feed == Feed.GpRegistrations ? DirtKind.ExactDuplicate : ChooseKind(layout);
        var row = buffer.ToString(rowStart, buffer.Length - rowStart - 1);
        var fields = row.Split(',');
        Owners.Damaged(feed, kind, layout.NhsColumn >= 0 ? fields[layout.NhsColumn] : "");
        // Ingest reads the opt-out list failing closed: a repeated line, or one with extra fields, still opts out.
        if (feed == Feed.OptOuts && kind is DirtKind.ExactDuplicate or DirtKind.MalformedLine)
        {
            Owners.OptedOut(row);
        }
        switch (kind)
        {
            case DirtKind.ExactDuplicate:
                buffer.Append(row).Append('\n');
                break;
            case DirtKind.MalformedLine:
                Replace(buffer, rowStart, fields.Length > 2 ? string.Join(',', fields[..^2]) : row + ",,extra,fields");
                break;
            default:
                fields[Column(kind, layout)] = Damaged(kind, fields[Column(kind, layout)]);
                Replace(buffer, rowStart, string.Join(',', fields));
                break;
        }

        Counts[(int)feed, (int)kind]++;
    }

    private DirtKind ChooseKind(FeedLayout layout)
    {
        Span<DirtKind> possible = stackalloc DirtKind[KindCount];
        var n = 0;
        possible[n++] = DirtKind.ExactDuplicate;
        possible[n++] = DirtKind.MalformedLine;
        if (layout.NhsColumn >= 0)
        {
            possible[n++] = DirtKind.InvalidNhsNumber;
            if (layout.Feed != Feed.OptOuts)
            {
                possible[n++] = DirtKind.UnregisteredPerson;
            }
        }

        if (layout.LsoaColumn >= 0)
        {
            possible[n++] = DirtKind.UnknownLsoa;
        }

        if (layout.DateColumns.Count > 0)
        {
            possible[n++] = DirtKind.ImpossibleDate;
        }

        return possible[random.Next(n)];
    }

    private int Column(DirtKind kind, FeedLayout layout) => kind switch
    {
        DirtKind.InvalidNhsNumber or DirtKind.UnregisteredPerson => layout.NhsColumn,
        DirtKind.UnknownLsoa => layout.LsoaColumn,
        _ => layout.DateColumns[random.Next(layout.DateColumns.Count)],
    };

    private string Damaged(DirtKind kind, string value) => kind switch
    {
        DirtKind.InvalidNhsNumber => InvalidNhsNumber(value),
        DirtKind.UnregisteredPerson => unregistered[random.Next(unregistered.Count)],
        DirtKind.UnknownLsoa => "E0199" + random.Between(0, 9999).ToString("D4", CultureInfo.InvariantCulture),
        _ => random.Chance(0.5)
            ? $"{random.Between(2021, 2024).ToString(CultureInfo.InvariantCulture)}-02-30"
            : $"{random.Between(2021, 2024).ToString(CultureInfo.InvariantCulture)}-13-{random.Between(10, 28).ToString(CultureInfo.InvariantCulture)}",
    };

    private string InvalidNhsNumber(string value)
    {
        var digits = NhsNumbers.IsValid(value) ? value[..9] : "999" + random.Between(0, 999_999).ToString("D6", CultureInfo.InvariantCulture);
        var check = NhsNumbers.CheckDigit(digits);
        var wrong = check < 0 ? random.Next(10) : (check + 1 + random.Next(9)) % 10;
        return digits + wrong.ToString(CultureInfo.InvariantCulture);
    }

    private static void Replace(StringBuilder buffer, int rowStart, string row)
    {
        buffer.Length = rowStart;
        buffer.Append(row).Append('\n');
    }
}
