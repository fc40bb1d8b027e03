using System.Text;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>A copy of the valid fixture in a folder of the harness, to damage one file at a time.</summary>
internal sealed class ExtractFolder
{
    public ExtractFolder(IngestHarness harness, string name = "extract")
    {
        Path = System.IO.Path.Combine(harness.Folder, name);
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(IngestHarness.Fixture("valid")))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Appends lines (each ended with \n) to a file of the folder.</summary>
    public ExtractFolder Append(string name, params string[] lines)
    {
        System.IO.File.AppendAllText(File(name), string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
        return this;
    }

    /// <summary>Appends raw bytes to a file of the folder.</summary>
    public ExtractFolder AppendBytes(string name, byte[] bytes)
    {
        using var stream = new FileStream(File(name), FileMode.Append);
        stream.Write(bytes);
        return this;
    }

    /// <summary>The header and first data line of a file.</summary>
    public (string[] Header, string[] Row) FirstRecord(string name)
    {
        var lines = System.IO.File.ReadAllLines(File(name));
        return (lines[0].Split(','), lines[1].Split(','));
    }
}
