using System.CommandLine;
using System.Globalization;
using HealthGap.Web;

namespace HealthGap.Cli.Serve;

/// <summary>
/// The <c>--urls</c> and <c>--port</c> options that <c>serve</c> and <c>demo</c> share, and the address
/// they resolve to: <c>--port N</c> is loopback on port N, <c>--urls</c> any list of addresses; not both.
/// </summary>
internal static class ListenAddress
{
    /// <summary>The <c>--urls</c> option (loopback by default).</summary>
    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Address(es) to listen on, separated by ';'. Default: loopback only, " + WebOptions.DefaultUrls + ".",
        DefaultValueFactory = _ => WebOptions.DefaultUrls,
    };

    /// <summary>The <c>--port</c> option: a port on the loopback address.</summary>
    public static Option<int?> PortOption()
    {
        var port = new Option<int?>("--port") { Description = "Port to listen on at 127.0.0.1 (default 5080); --urls for any other address." };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && value is < 1 or > 65535)
            {
                result.AddError($"--port must be between 1 and 65535; got {value}.");
            }
        });
        return port;
    }

    /// <summary>The addresses to listen on, from whichever of the two options was given.</summary>
    public static string Resolve(ParseResult parse, Option<string> urls, Option<int?> port)
    {
        var urlsGiven = parse.GetResult(urls) is { Implicit: false };
        return Resolve(parse.GetValue(port), urlsGiven ? parse.GetValue(urls) : null);
    }

    /// <summary>Loopback on <paramref name="port"/>, else <paramref name="urls"/>, else the default address.</summary>
    public static string Resolve(int? port, string? urls)
    {
        if (port is { } p && urls is not null)
        {
            throw new CliUsageException($"give --port or --urls, not both (got --port {p} and --urls {urls}). --port {p} means --urls http://127.0.0.1:{p}.");
        }

        return port is { } only ? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{only}") : urls ?? WebOptions.DefaultUrls;
    }
}
