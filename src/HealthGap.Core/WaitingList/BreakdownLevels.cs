using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// The groups of each base breakdown and the rules that place a person's recorded value in one.
/// Every rule sends a missing value to the breakdown's last group, "Unknown".
/// </summary>
internal static class BreakdownLevels
{
    private const string Unknown = "Unknown";

    public static Breakdown ImdQuintile()
    {
        var levels = Enumerable.Range(1, 5).Select(q => new GroupLevel(
            q switch { 1 => "1 (most deprived)", 5 => "5 (least deprived)", _ => q.ToString(CultureInfo.InvariantCulture) },
            q switch
            {
                1 => "people in the most deprived fifth of areas",
                5 => "people in the least deprived fifth of areas",
                _ => string.Create(CultureInfo.InvariantCulture, $"people in deprivation quintile {q}"),
            })).Append(new GroupLevel(Unknown, "people whose area is not known")).ToArray();
        return new Breakdown(BreakdownNames.ImdQuintile, "Deprivation (national IMD 2019 quintile)", levels, 4);
    }

    public static Breakdown ImdDecile()
    {
        var levels = Enumerable.Range(1, 10).Select(d => new GroupLevel(
            d switch { 1 => "1 (most deprived)", 10 => "10 (least deprived)", _ => d.ToString(CultureInfo.InvariantCulture) },
            d switch
            {
                1 => "people in the most deprived tenth of areas",
                10 => "people in the least deprived tenth of areas",
                _ => string.Create(CultureInfo.InvariantCulture, $"people in deprivation decile {d}"),
            })).Append(new GroupLevel(Unknown, "people whose area is not known")).ToArray();
        return new Breakdown(BreakdownNames.ImdDecile, "Deprivation (national IMD 2019 decile)", levels, 9);
    }

    public static Breakdown Core20() => new(
        BreakdownNames.Core20,
        "Core20 (most deprived 20% of areas nationally)",
        [
            new("Core20", "people living in Core20 areas"),
            new("Not Core20", "people living elsewhere"),
            new(Unknown, "people whose area is not known"),
        ],
        1);

    public static Breakdown Ethnicity() => new(
        BreakdownNames.EthnicGroup,
        "Ethnic group (broad)",
        [
            new("White", "White people"),
            new("Mixed", "people of Mixed ethnicity"),
            new("Asian", "Asian people"),
            new("Black", "Black people"),
            new("Other", "people of Other ethnicity"),
            new("Not stated", "people who did not state their ethnicity"),
            new(Unknown, "people whose ethnicity is not recorded"),
        ],
        0);

    public static Breakdown Flag(PlusFlag flag, string title, string yesPhrase, string noPhrase) => new(
        flag.Name,
        title,
        [new("Yes", yesPhrase), new("No", noPhrase), new(Unknown, $"people with no record of whether: {title.ToLowerInvariant()}")],
        1);

    public static Breakdown Sex() => new(
        BreakdownNames.Sex,
        "Sex",
        [new("Female", "women and girls"), new("Male", "men and boys"), new(Unknown, "people whose sex is not recorded")],
        1);

    public static Breakdown AgeBand() => new(
        BreakdownNames.AgeBand,
        "Age band (NHS England waiting-list bands)",
        [
            new("0–18", "children and young people aged 0–18"),
            new("19–64", "adults aged 19–64"),
            new("65+", "people aged 65 and over"),
            new(Unknown, "people whose age is not known"),
        ],
        1);

    /// <summary>Quintile 1–5 → 0–4; missing or out of range → Unknown (5).</summary>
    public static byte Quintile(int? quintile) => quintile is >= 1 and <= 5 ? (byte)(quintile.Value - 1) : (byte)5;

    /// <summary>Decile 1–10 → 0–9; missing or out of range → Unknown (10).</summary>
    public static byte Decile(int? decile) => decile is >= 1 and <= 10 ? (byte)(decile.Value - 1) : (byte)10;

    /// <summary>Core20 → 0, not → 1, missing → Unknown (2).</summary>
    public static byte Core20(bool? core20) => Flag(core20);

    /// <summary>Yes → 0, No → 1, missing → Unknown (2).</summary>
    public static byte Flag(bool? value) => value switch { true => 0, false => 1, null => 2 };

    /// <summary>The store's broad ethnic group text → level; anything unrecognised → Unknown (6).</summary>
    public static byte Ethnicity(string? group) => group switch
    {
        "White" => 0,
        "Mixed" => 1,
        "Asian" => 2,
        "Black" => 3,
        "Other" => 4,
        "Not stated" => 5,
        _ => 6,
    };

    /// <summary><c>F</c> → 0, <c>M</c> → 1, <c>U</c>/missing → Unknown (2).</summary>
    public static byte Sex(string? sex) => sex switch { "F" => 0, "M" => 1, _ => 2 };

    /// <summary>Age in whole years → 0–18, 19–64, 65+; missing or negative → Unknown (3).</summary>
    public static byte AgeBand(int? ageYears) => ageYears switch
    {
        null or < 0 => 3,
        <= 18 => 0,
        <= 64 => 1,
        _ => 2,
    };
}
