namespace HealthGap.Web.Results;

/// <summary>What the published figures were computed from, as the results folder says (<c>SAMPLE</c>, <c>metadata.json</c>).</summary>
internal enum DataSource
{
    /// <summary>The folder does not say (a report written before <c>metadata.json</c> existed).</summary>
    Unknown,

    /// <summary>Extracts loaded into the store, with no sign that they are synthetic.</summary>
    Extracts,

    /// <summary>Synthetic extracts made by <c>healthgap synth</c>: every person is invented.</summary>
    Synthetic,

    /// <summary>The invented SAMPLE figures shipped with the web app.</summary>
    Sample,
}
