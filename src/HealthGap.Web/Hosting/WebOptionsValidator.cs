using HealthGap.Operational.Funding.Ledger;
using Microsoft.Extensions.Options;

namespace HealthGap.Web;

/// <summary>
/// Checks <see cref="WebOptions"/> when the app starts, so a bad setting stops it with a message that
/// names the setting and says what to write, instead of failing on the first request that needs it.
/// </summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    /// <summary>The shortest ledger write key accepted: shorter keys can be guessed.</summary>
    public const int MinimumApiKeyLength = 12;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckPath(failures, WebOptions.ResultsKey, options.ResultsDirectory);
        CheckPath(failures, WebOptions.WaitingListKey, options.WaitingListDirectory);
        CheckPath(failures, WebOptions.LedgerKey, options.LedgerPath);
        if (options.LedgerPostgres is { } postgres)
        {
            try
            {
                _ = LedgerDatabase.Postgres(postgres);
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{WebOptions.LedgerPostgresKey} is not a PostgreSQL connection string ({ex.Message}); write it like Host=127.0.0.1;Port=5432;Username=healthgap;Database=healthgap.");
            }
        }

        if (options.LedgerApiKey is { } key && (key.Length < MinimumApiKeyLength || key.Any(char.IsWhiteSpace)))
        {
            failures.Add($"{WebOptions.LedgerApiKeyKey} must be at least {MinimumApiKeyLength} characters with no spaces (e.g. the output of 'openssl rand -hex 16'), or unset to switch writing through the web off.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPath(List<string> failures, string key, string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            _ = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            failures.Add($"{key} ('{path}') is not a usable path: {ex.Message}");
        }
    }
}
