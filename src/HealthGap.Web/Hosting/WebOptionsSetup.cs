using HealthGap.Operational.Funding.Ledger;
using Microsoft.Extensions.Options;

namespace HealthGap.Web;

/// <summary>Registers <see cref="WebOptions"/>: bound from configuration, overlaid with the CLI's values, validated at start-up.</summary>
internal static class WebOptionsSetup
{
    /// <summary>
    /// Binds the <c>HealthGap</c> section; fills the ledger from the CLI's variables
    /// (<c>HEALTHGAP_LEDGER_DB</c>, <c>HEALTHGAP_LEDGER_POSTGRES</c>, which ASP.NET Core's configuration
    /// reads from the environment) when the section does not set it; then applies <paramref name="given"/>
    /// (the CLI's <c>serve</c>/<c>demo</c>), whose values win. Blank values count as unset.
    /// </summary>
    public static IServiceCollection AddWebOptions(this IServiceCollection services, WebOptions? given)
    {
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddOptions<WebOptions>()
            .BindConfiguration(WebOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.LedgerPostgres = Given(options.LedgerPostgres) ?? Given(configuration[LedgerDatabase.PostgresVariable]);
                options.LedgerPath = Given(options.LedgerPath) ?? Given(configuration[LedgerDatabase.SqliteVariable]);
            })
            .PostConfigure(options => Overlay(options, given))
            .ValidateOnStart();
        return services;
    }

    private static void Overlay(WebOptions options, WebOptions? given)
    {
        options.ResultsDirectory = Given(given?.ResultsDirectory) ?? Given(options.ResultsDirectory);
        options.WaitingListDirectory = Given(given?.WaitingListDirectory) ?? Given(options.WaitingListDirectory);
        options.LedgerPath = Given(given?.LedgerPath) ?? options.LedgerPath;
        options.LedgerPostgres = Given(given?.LedgerPostgres) ?? options.LedgerPostgres;
        options.LedgerApiKey = Given(given?.LedgerApiKey) ?? Given(options.LedgerApiKey);
        options.Urls = Given(given?.Urls) ?? Given(options.Urls);
        if (given is not null)
        {
            options.OutputCache = given.OutputCache;
            options.Quiet = given.Quiet;
        }
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
