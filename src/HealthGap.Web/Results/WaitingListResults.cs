using Microsoft.Extensions.Options;

namespace HealthGap.Web.Results;

/// <summary>
/// The waiting-list equity tables, if the waiting-list report has written any: every <c>*.csv</c>
/// in <c>waiting-list/</c> under the results folder (or the configured folder). Those files passed
/// the disclosure gate when they were written; this class only finds and reads them.
/// </summary>
internal sealed class WaitingListResults(IOptions<WebOptions> options, ResultsProvider results)
{
    public const string FolderName = "waiting-list";

    /// <summary>The folder: <see cref="WebOptions.WaitingListDirectory"/> (<c>HealthGap:WaitingList</c>), else <c>waiting-list/</c> under the results.</summary>
    public string Directory => Path.GetFullPath(options.Value.WaitingListDirectory ?? Path.Combine(results.Directory, FolderName));

    /// <summary>The CSV files present, by name.</summary>
    public IReadOnlyList<string> Files =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>The full path of a listed file, or null when <paramref name="name"/> is not one of them (no other path is ever served).</summary>
    public string? PathOf(string name) => Files.Contains(name) ? Path.Combine(Directory, name) : null;

    /// <summary>A listed file as a table, or null when the report did not write it.</summary>
    public WaitingListTable? Table(string name)
    {
        if (PathOf(name) is null)
        {
            return null;
        }

        var (header, rows) = Read(name, int.MaxValue);
        return new WaitingListTable(name, header, rows);
    }

    /// <summary>Reads a listed file as header + rows (at most <paramref name="maxRows"/>).</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Read(string name, int maxRows)
    {
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(PathOf(name) ?? throw new FileNotFoundException(name));
        var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        while (rows.Count < maxRows && csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.IsDBNull(i) ? "" : csv.GetString(i)).ToArray());
        }

        return (header, rows);
    }
}
