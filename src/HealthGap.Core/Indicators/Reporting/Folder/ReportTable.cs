namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>One table of a report folder (indicators, inequalities, areas): its name and typed columns.</summary>
/// <param name="Name">Base file name: the table is <c>Name.csv</c> (and <c>Name.json</c>, <c>Name.parquet</c> when written).</param>
/// <param name="Columns">Columns in file order.</param>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns)
{
    /// <summary>The CSV file name.</summary>
    public string CsvFile => Name + ".csv";

    /// <summary>The JSON file name.</summary>
    public string JsonFile => Name + ".json";

    /// <summary>The Parquet file name.</summary>
    public string ParquetFile => Name + ".parquet";

    /// <summary>The column names in file order.</summary>
    public IReadOnlyList<string> ColumnNames => [.. Columns.Select(c => c.Name)];

    /// <summary>This table with more columns after its own (a download adds <c>data_source</c>).</summary>
    public ReportTable With(params ReportColumn[] extra) => this with { Columns = [.. Columns, .. extra] };

    /// <summary>The position of a column, or -1 when the table has none of that name.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
