namespace HealthGap.Web.Tests;

/// <summary>
/// A temporary copy of the SAMPLE results that a test changes (a line of a file rewritten, rows added),
/// served by its own web app; deleted afterwards.
/// </summary>
internal sealed class EditedSample : IDisposable
{
    private HealthGapWebFactory? _factory;

    public EditedSample()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(HealthGapWebFactory.SampleResults))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"hg-edited-{Guid.NewGuid():N}");

    /// <summary>Rewrites every line of <paramref name="file"/> (the header included) with <paramref name="edit"/>.</summary>
    public EditedSample Edit(string file, Func<string, string> edit)
    {
        var path = Path.Combine(Folder, file);
        File.WriteAllLines(path, File.ReadAllLines(path).Select(edit));
        return this;
    }

    /// <summary>Appends lines to <paramref name="file"/>.</summary>
    public EditedSample Append(string file, params string[] lines)
    {
        File.AppendAllLines(Path.Combine(Folder, file), lines);
        return this;
    }

    public HttpClient Client() => (_factory ??= new HealthGapWebFactory(Folder)).CreateClient();

    public void Dispose()
    {
        _factory?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
