using System.Text;
using HealthGap.Synthetic.Fhir;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Extracts;

/// <summary>
/// Owns the output files: writes each feed's header, then appends shard buffers strictly in shard
/// order through large buffered writers, so memory stays bounded and the bytes are reproducible.
/// </summary>
internal sealed class ExtractWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter[] _feeds;
    private readonly StreamWriter[] _fhir;

    public ExtractWriter(string directory, IReadOnlyList<Practice> practices, bool fhir)
    {
        Directory.CreateDirectory(directory);
        _feeds = FeedLayout.All.Select(f => Open(Path.Combine(directory, f.FileName), f.Header)).ToArray();
        WritePractices(_feeds[(int)Feed.GpPractices], practices);
        _fhir = [];
        if (fhir)
        {
            var folder = Path.Combine(directory, "fhir");
            Directory.CreateDirectory(folder);
            _fhir = FhirSample.ResourceTypes.Select(t => Open(Path.Combine(folder, t + ".ndjson"), null)).ToArray();
            using var fhirPractices = Open(Path.Combine(folder, "gp_practices.csv"), FeedLayout.All[(int)Feed.GpPractices].Header);
            WritePractices(fhirPractices, practices);
        }
    }

    /// <summary>Characters of CSV written so far (shard rows, including injected dirt).</summary>
    public long Bytes { get; private set; }

    public void Write(ShardResult shard)
    {
        for (var f = 0; f < _feeds.Length; f++)
        {
            var buffer = shard.Output.Buffer((Feed)f);
            Bytes += buffer.Length;
            _feeds[f].Write(buffer);
        }

        if (shard.Fhir is { } sample)
        {
            for (var t = 0; t < _fhir.Length; t++)
            {
                _fhir[t].Write(sample.Buffer(t));
            }
        }
    }

    public void Dispose()
    {
        foreach (var writer in _feeds.Concat(_fhir))
        {
            writer.Dispose();
        }
    }

    private static StreamWriter Open(string path, string? header)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var writer = new StreamWriter(stream, Utf8, 1 << 20) { NewLine = "\n" };
        if (header is not null)
        {
            writer.Write(header);
            writer.Write('\n');
        }

        return writer;
    }

    private static void WritePractices(StreamWriter writer, IReadOnlyList<Practice> practices)
    {
        foreach (var p in practices)
        {
            writer.Write($"{p.Code},{Quote(p.Name)},{p.PcnCode},{Quote(p.PcnName)},{p.LadCode}\n");
        }
    }

    private static string Quote(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
