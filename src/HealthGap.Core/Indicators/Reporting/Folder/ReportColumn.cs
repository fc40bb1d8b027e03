namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>The type of a report column: how CSV, JSON and Parquet write it and how readers parse it.</summary>
public enum ReportColumnType
{
    /// <summary>Text (VARCHAR in Parquet, a JSON string, an escaped CSV cell).</summary>
    Text,

    /// <summary>A whole number (BIGINT).</summary>
    WholeNumber,

    /// <summary>A real number (DOUBLE); CSV writes 10 significant digits.</summary>
    Number,

    /// <summary>true or false (BOOLEAN).</summary>
    Flag,

    /// <summary>A date, yyyy-MM-dd in CSV and JSON (DATE in Parquet).</summary>
    Date,
}

/// <summary>One column of a report table.</summary>
/// <param name="Name">Column name, as in the CSV header, the JSON property and the Parquet column.</param>
/// <param name="Type">Its type.</param>
public sealed record ReportColumn(string Name, ReportColumnType Type)
{
    /// <summary>The DuckDB/Parquet type of the column.</summary>
    public string SqlType => Type switch
    {
        ReportColumnType.WholeNumber => "BIGINT",
        ReportColumnType.Number => "DOUBLE",
        ReportColumnType.Flag => "BOOLEAN",
        ReportColumnType.Date => "DATE",
        _ => "VARCHAR",
    };
}
