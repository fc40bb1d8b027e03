using Sylvan.Data.Csv;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Reads the shipped clinical codelists (<c>codelists/*.csv</c>, column <c>code</c>) the PLUS flag rules use.
/// A name <c>file#purpose</c> takes the codes of <c>file.csv</c> whose <c>purpose</c> column equals purpose.
/// </summary>
internal static class Codelists
{
    /// <summary>Environment variable that overrides where codelists are read from.</summary>
    public const string EnvironmentVariable = "HEALTHGAP_CODELISTS_DIR";

    /// <summary>The codelist folder: the variable, beside the binaries, or <c>codelists/</c> in a parent folder.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "codelists");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "ld_cod.csv")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "codelists");
    }

    /// <summary>The codes of a codelist, or null when its file is absent.</summary>
    public static IReadOnlyList<string>? Read(string directory, string name)
    {
        var parts = name.Split('#');
        var path = Path.Combine(directory, parts[0] + ".csv");
        if (!File.Exists(path))
        {
            return null;
        }

        using var csv = CsvDataReader.Create(path);
        var code = csv.GetOrdinal("code");
        var purpose = parts.Length > 1 ? csv.GetOrdinal("purpose") : -1;
        var codes = new List<string>();
        while (csv.Read())
        {
            if (purpose < 0 || csv.GetString(purpose).Trim() == parts[1])
            {
                codes.Add(csv.GetString(code).Trim());
            }
        }

        return codes;
    }

    /// <summary>
    /// Every ten-digit code of every codelist in <paramref name="directory"/>: real SNOMED CT codes of this
    /// length pass Modulus 11 about one time in eleven, and must not be taken for NHS numbers.
    /// </summary>
    public static IReadOnlyList<string> TenDigitCodes(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.csv"))
        {
            using var csv = CsvDataReader.Create(path);
            var column = Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => csv.GetName(i) == "code", -1);
            while (column >= 0 && csv.Read())
            {
                var code = csv.GetString(column).Trim();
                if (code.Length == 10 && code.All(char.IsAsciiDigit))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }
}
