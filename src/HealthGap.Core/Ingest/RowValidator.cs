using System.Globalization;
using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Checks each field of a record against its <see cref="FieldRule"/> and parses dates and numbers into
/// <see cref="RowValues"/>. The first failing field rejects the record with a named reason. NHS numbers
/// are not checked here (see <see cref="PersonResolver"/>), so opted-out people are dropped before any
/// of their fields are looked at.
/// </summary>
internal sealed class RowValidator(KnownCodes known, DateOnly today)
{
    /// <summary>The earliest date of birth taken.</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>The earliest date of anything else: the day the NHS began, before which no record in these extracts can be.</summary>
    public static readonly DateOnly EarliestActivity = new(1948, 7, 5);

    /// <summary>Validates every non-NHS-number field; null when the record is good.</summary>
    public Rejection? Validate(FeedDefinition feed, ISourceRow row, RowValues values)
    {
        var fields = feed.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var rule = fields[i];
            if (rule.Kind == FieldKind.NhsNumber)
            {
                continue;
            }

            var text = row.Field(i).Trim();
            if (text.IsEmpty)
            {
                if (rule.Required)
                {
                    return new Rejection(rule.Column, "", QuarantineReason.MissingRequiredField, $"{rule.Column} is empty; the feed requires it.");
                }

                continue;
            }

            var reason = Check(rule, text, values, i);
            if (reason is not null)
            {
                return new Rejection(rule.Column, Mask(rule.Kind, text), reason, Describe(rule, reason));
            }
        }

        return Relations(feed, row, values);
    }

    /// <summary>The value as it may be shown: dates of birth keep only the year, NHS numbers are starred.</summary>
    public static string Mask(FieldKind kind, ReadOnlySpan<char> text) => kind switch
    {
        FieldKind.NhsNumber => NhsNumber.Mask(text),
        FieldKind.BirthDate => text.Length >= 4 ? string.Concat(text[..4], "-**-**") : "****",
        _ => text.Length > 60 ? string.Concat(text[..60], "…") : text.ToString(),
    };

    private string? Check(FieldRule rule, ReadOnlySpan<char> text, RowValues values, int index)
    {
        switch (rule.Kind)
        {
            case FieldKind.Date or FieldKind.BirthDate:
                if (!IsoDate.TryParse(text, out var date))
                {
                    return QuarantineReason.InvalidDate;
                }

                if (date > today)
                {
                    return QuarantineReason.DateInFuture;
                }

                if (date < (rule.Kind == FieldKind.BirthDate ? EarliestBirth : EarliestActivity))
                {
                    return QuarantineReason.DateOutOfRange;
                }

                values.Dates[index] = date;
                return null;
            case FieldKind.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return QuarantineReason.InvalidNumber;
                }

                values.Numbers[index] = number;
                return null;
            case FieldKind.Code:
                return rule.Codes!.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) ? null : QuarantineReason.UnknownCode;
            case FieldKind.Snomed:
                return text.Length is >= 6 and <= 18 && IsDigits(text) ? null : QuarantineReason.UnknownCode;
            case FieldKind.Icd10:
                return IsIcd10(text) ? null : QuarantineReason.UnknownCode;
            case FieldKind.Opcs4:
                return text.Length is 3 or 4 && char.IsAsciiLetterUpper(text[0]) && IsDigits(text[1..]) ? null : QuarantineReason.UnknownCode;
            case FieldKind.Lsoa:
                return known.IsLsoa(text) ? null : QuarantineReason.UnknownLsoa;
            case FieldKind.Practice:
                return known.IsPractice(text) ? null : QuarantineReason.UnknownCode;
            default:
                return null;
        }
    }

    // Dates that cannot both be true: an end before its start, anything before the person was born.
    private static Rejection? Relations(FeedDefinition feed, ISourceRow row, RowValues values)
    {
        foreach (var (start, end) in feed.Periods)
        {
            if (values.Dates[end] is { } to && values.Dates[start] is { } from && to < from)
            {
                return new Rejection(feed.Fields[end].Column, row.Field(end).Trim().ToString(), QuarantineReason.EndBeforeStart,
                    $"{feed.Fields[end].Column} is before {feed.Fields[start].Column}.");
            }
        }

        if (feed.BirthDateColumn is var birth and >= 0 && values.Dates[birth] is { } born)
        {
            for (var i = 0; i < feed.Fields.Count; i++)
            {
                if (i != birth && values.Dates[i] is { } date && date < born)
                {
                    return new Rejection(feed.Fields[i].Column, row.Field(i).Trim().ToString(), QuarantineReason.BeforeBirth,
                        $"{feed.Fields[i].Column} is before date_of_birth.");
                }
            }
        }

        return null;
    }

    private static bool IsIcd10(ReadOnlySpan<char> text) =>
        text.Length is >= 3 and <= 6 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static string Describe(FieldRule rule, string reason) => reason switch
    {
        QuarantineReason.InvalidDate => $"{rule.Column} is not a real date in the form YYYY-MM-DD.",
        QuarantineReason.DateInFuture => $"{rule.Column} is after today; check the extract's date handling.",
        QuarantineReason.DateOutOfRange => rule.Kind == FieldKind.BirthDate
            ? $"{rule.Column} is before 1900-01-01."
            : $"{rule.Column} is before 1948-07-05, when the NHS began.",
        QuarantineReason.InvalidNumber => $"{rule.Column} is not a number (use a dot for decimals).",
        QuarantineReason.UnknownLsoa => $"{rule.Column} is not an English 2011 LSOA code in the reference data.",
        _ when rule.Kind == FieldKind.Practice => $"{rule.Column} is not in gp_practices.csv or the store; add the practice there.",
        _ when rule.Codes is not null => $"{rule.Column} must be one of: {string.Join(", ", rule.Codes.Order(StringComparer.Ordinal))}.",
        _ => $"{rule.Column} is not a valid {rule.Kind} code.",
    };
}
