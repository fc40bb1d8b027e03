using Microsoft.Extensions.Options;

namespace HealthGap.Web.Results;

/// <summary>
/// Holds the current <see cref="ResultSet"/> for the configured folder and re-reads it when
/// <c>indicators.csv</c> changes, so a fresh <c>healthgap report</c> shows without a restart.
/// </summary>
internal sealed class ResultsProvider(IOptions<WebOptions> options)
{
    private readonly Lock _lock = new();
    private ResultSet? _current;
    private DateTime _stamp;

    /// <summary>The folder the results are read from (<see cref="WebOptions.ResultsDirectory"/>).</summary>
    public string Directory { get; } = options.Value.ResultsPath;

    /// <summary>The results as they are on disk now.</summary>
    public ResultSet Current
    {
        get
        {
            var stamp = Stamp();
            lock (_lock)
            {
                if (_current is null || stamp != _stamp)
                {
                    _current = ResultsReader.Read(Directory);
                    _stamp = stamp;
                }

                return _current;
            }
        }
    }

    /// <summary>The current results, or null when the files are damaged (so the error page itself can render).</summary>
    public ResultSet? TryCurrent()
    {
        try
        {
            return Current;
        }
        catch (ResultsException)
        {
            return null;
        }
    }

    private DateTime Stamp()
    {
        var file = new FileInfo(Path.Combine(Directory, ResultsReader.IndicatorsFile));
        return file.Exists ? file.LastWriteTimeUtc : DateTime.MinValue;
    }
}
