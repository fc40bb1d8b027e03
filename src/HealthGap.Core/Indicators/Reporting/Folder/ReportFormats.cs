namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>Which formats of the tables a report folder holds (areas.csv and the JSON side files are always written).</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>indicators.csv and inequalities.csv.</summary>
    Csv = 1,

    /// <summary>indicators.json and inequalities.json.</summary>
    Json = 2,

    /// <summary>indicators.parquet and inequalities.parquet.</summary>
    Parquet = 4,

    /// <summary>All three.</summary>
    All = Csv | Json | Parquet,
}
