using HealthGap.Core.WaitingList;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Serve;

/// <summary>
/// The four steps <see cref="DemoPipeline"/> may need, as typed calls into the APIs the commands use
/// (never command lines). Each writes what its command writes to the demo's output; a failure the user can
/// act on is thrown as the exception the command would have turned into a message.
/// </summary>
internal interface IDemoSteps
{
    /// <summary>Generates the synthetic ICS (<c>healthgap synth</c>).</summary>
    void Synthesise(SynthOptions options);

    /// <summary>Loads <paramref name="extracts"/> into <paramref name="store"/> with the key <c>healthgap ingest</c> would use.</summary>
    void Ingest(string extracts, string store);

    /// <summary>Computes the indicator library for <paramref name="period"/> and <paramref name="areaTypes"/> into <paramref name="results"/>.</summary>
    void Report(string store, string results, IReadOnlyList<string> areaTypes, string period);

    /// <summary>Writes the waiting-list tables and report for <paramref name="period"/> into <paramref name="outDir"/>.</summary>
    void WaitingList(string store, WaitingListPeriod period, string outDir);
}
