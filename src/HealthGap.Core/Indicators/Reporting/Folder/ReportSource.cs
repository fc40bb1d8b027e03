namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>What a report's figures were computed from (<c>metadata.json</c>'s <c>data_source</c>).</summary>
public enum ReportSource
{
    /// <summary>The folder does not say (a report written before <c>metadata.json</c> existed).</summary>
    Unknown,

    /// <summary>Extracts loaded into the store, with no sign that they are synthetic.</summary>
    Extracts,

    /// <summary>Synthetic extracts made by <c>healthgap synth</c>: every person is invented.</summary>
    Synthetic,

    /// <summary>Invented SAMPLE figures shipped with the web app.</summary>
    Sample,
}
