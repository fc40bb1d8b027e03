using System.Security.Cryptography;
using System.Text;
using HealthGap.Operational.Funding.Ledger;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HealthGap.Web.Api;

/// <summary>
/// The funding ledger over HTTP under <c>/api/ledger</c>: add an entry (POST, the same validation as the
/// CLI, through <see cref="LedgerStore.AddAsync"/>), list a year's entries with their corrections, and
/// the year's report. Reading is public, like the transparency page; writing needs the key set in
/// <see cref="WebOptions.LedgerApiKey"/> (<c>HealthGap:LedgerApiKey</c>) and is switched off without one.
/// Corrections, decisions and ringfence statements are recorded with the CLI.
/// </summary>
internal static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ledger").WithTags("Funding ledger");
        api.MapPost("/entries", AddEntry).WithName("AddLedgerEntry")
            .WithSummary("Append an allocation, commitment or spend (needs 'Authorization: Bearer KEY'). Nothing is ever changed or deleted.");
        api.MapGet("/entries", ListEntries).WithName("ListLedgerEntries")
            .WithSummary("Every entry of a year (?year=2024/25), corrected ones included with the entry that corrected them.");
        api.MapGet("/report", Report).WithName("GetLedgerReport")
            .WithSummary("A year's totals (?year=2024/25): allocated, committed, spent by place and category, share used for purpose, share absorbed, ringfence, decisions.");
        return app;
    }

    private static async Task<Results<Created<LedgerEntryDto>, ProblemHttpResult>> AddEntry(
        LedgerEntryRequest request, HttpRequest http, IOptions<WebOptions> options, LedgerProvider ledger, CancellationToken cancellationToken)
    {
        if (options.Value.LedgerApiKey is not { Length: > 0 } key)
        {
            return TypedResults.Problem("Adding ledger entries through the web is switched off: set HealthGap:LedgerApiKey (WebOptions.LedgerApiKey) on the server, or use 'healthgap funding ledger add'.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!KeyMatches(http.Headers.Authorization.ToString(), key))
        {
            return TypedResults.Problem("Send the ledger key as 'Authorization: Bearer KEY'.", statusCode: StatusCodes.Status401Unauthorized);
        }

        try
        {
            var entry = new NewLedgerEntry(
                LedgerApiNames.ParseKind(request.Kind), request.FinancialYear ?? string.Empty, request.PlaceCode ?? string.Empty, request.PlaceName ?? string.Empty,
                request.Organisation ?? string.Empty, request.Category is { Length: > 0 } c ? LedgerCategories.Parse(c) : null,
                request.AmountPence, request.EntryDate, request.Description ?? string.Empty, request.RecordedBy ?? string.Empty, request.ScenarioId);
            var store = await ledger.ForWritingAsync(cancellationToken);
            var added = await store.AddAsync(entry, cancellationToken);
            return TypedResults.Created($"/api/ledger/entries?year={Uri.EscapeDataString(added.FinancialYear)}", LedgerEntryDto.From(added, null));
        }
        catch (LedgerException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The ledger entry was not added");
        }
    }

    private static async Task<Results<Ok<LedgerEntryDto[]>, ProblemHttpResult>> ListEntries(string? year, LedgerProvider ledger, CancellationToken cancellationToken)
    {
        try
        {
            if (year is not null)
            {
                LedgerStore.CheckYear(year);
            }

            if (await ledger.ForReadingAsync(cancellationToken) is not { } store)
            {
                return TypedResults.Ok(Array.Empty<LedgerEntryDto>());
            }

            var entries = await store.EntriesAsync(year, cancellationToken);
            var correctedBy = entries.Where(e => e.CorrectsEntryId is not null).ToDictionary(e => e.CorrectsEntryId!.Value, e => e.Id);
            return TypedResults.Ok(entries.Select(e => LedgerEntryDto.From(e, correctedBy.TryGetValue(e.Id, out var by) ? by : null)).ToArray());
        }
        catch (LedgerException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Results<Ok<LedgerReportDto>, ProblemHttpResult>> Report(string? year, LedgerProvider ledger, CancellationToken cancellationToken)
    {
        try
        {
            LedgerStore.CheckYear(year ?? string.Empty);
            if (await ledger.ForReadingAsync(cancellationToken) is not { } store)
            {
                return TypedResults.Problem($"No funding ledger has been recorded yet ({ledger.Description}). Record one with 'healthgap funding ledger import' or POST /api/ledger/entries.", statusCode: StatusCodes.Status404NotFound);
            }

            return TypedResults.Ok(LedgerReportDto.From(await store.ReportAsync(year!, cancellationToken)));
        }
        catch (LedgerException ex)
        {
            return TypedResults.Problem(ex.Message + " Give it as ?year=2024/25.", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static bool KeyMatches(string authorization, string key)
    {
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Constant-time comparison: the time taken says nothing about how much of the key was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(key));
    }
}
