using Microsoft.EntityFrameworkCore;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// The funding ledger: append entries, corrections, decisions and ringfence statements, and read
/// them back. It owns validation and the append-only rule; reporting is in <see cref="LedgerReporter"/>.
/// Each call uses its own context, so one store serves many concurrent writers.
/// </summary>
public sealed partial class LedgerStore(LedgerDatabase database)
{
    // Built from the model on first use; a race builds it twice, harmlessly.
    private LedgerEntryInsert? _insert;

    /// <summary>The database the ledger lives in.</summary>
    public LedgerDatabase Database => database;

    /// <summary>Opens the ledger, creating or upgrading its tables with the migrations.</summary>
    public static async Task<LedgerStore> OpenAsync(LedgerDatabase database, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (!database.IsPostgres)
        {
            // Write-ahead logging lets readers work while someone writes, and makes each commit cheaper.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return new LedgerStore(database);
    }

    /// <summary>Appends an entry (one committed insert; see <see cref="LedgerEntryInsert"/>).</summary>
    public async Task<LedgerEntry> AddAsync(NewLedgerEntry entry, CancellationToken cancellationToken = default)
    {
        var row = ToRow(Validate(entry), correctsEntryId: null, correctionReason: null);
        await using var db = database.CreateContext();
        _insert ??= LedgerEntryInsert.For(db);
        row.Id = await _insert.ExecuteAsync(db, row, cancellationToken);
        return row;
    }

    /// <summary>Appends allocation entries for a year in one transaction (e.g. every line of a scenario).</summary>
    public async Task<IReadOnlyList<LedgerEntry>> AddAllAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken = default)
    {
        var rows = entries.Select(e => ToRow(Validate(e), null, null)).ToArray();
        await using var db = database.CreateContext();
        db.Entries.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Appends a correction of entry <paramref name="entryId"/>: a new entry with the corrected values that
    /// replaces it in totals. The original stays in the ledger, visible, with a pointer to its correction.
    /// </summary>
    public async Task<LedgerEntry> CorrectAsync(long entryId, NewLedgerEntry corrected, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new LedgerException("a correction needs a reason (--reason \"...\"): say what was wrong.");
        }

        LedgerLimits.CheckLength(reason, "reason", LedgerLimits.DescriptionLength);

        Validate(corrected);
        await using var db = database.CreateContext();

        // The original and any correction of it in one round trip.
        var original = await db.Entries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.Kind, CorrectedBy = db.Entries.Where(c => c.CorrectsEntryId == e.Id).Select(c => (long?)c.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new LedgerException($"there is no ledger entry {entryId}; list entries with 'healthgap funding ledger list'.");
        if (original.CorrectedBy is { } by)
        {
            throw new LedgerException($"entry {entryId} was already corrected by entry {by}; correct entry {by} instead, so the history stays one chain.");
        }

        if (original.Kind != corrected.Kind)
        {
            throw new LedgerException($"entry {entryId} is a {original.Kind.ToString().ToLowerInvariant()}; a correction must be of the same kind (record a new entry for a different kind).");
        }

        var row = ToRow(corrected, entryId, reason.Trim());
        db.Entries.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new LedgerException($"entry {entryId} was corrected by someone else at the same moment; list the ledger and correct the latest entry.", ex);
        }

        return row;
    }

    /// <summary>Records a decision about the money.</summary>
    public async Task<LedgerDecision> DecideAsync(LedgerDecision decision, CancellationToken cancellationToken = default)
    {
        CheckDecision(decision);
        await using var db = database.CreateContext();
        if (decision.EntryId is { } id && !await db.Entries.AnyAsync(e => e.Id == id, cancellationToken))
        {
            throw new LedgerException($"the decision refers to ledger entry {id}, which does not exist.");
        }

        var row = new LedgerDecision
        {
            FinancialYear = decision.FinancialYear, Summary = decision.Summary.Trim(), DecidedBy = decision.DecidedBy.Trim(),
            DecidedOn = decision.DecidedOn, Rationale = decision.Rationale.Trim(), Evidence = decision.Evidence.Trim(),
            EntryId = decision.EntryId, RecordedAtUtc = DateTime.UtcNow,
        };
        db.Decisions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Records whether the money was ringfenced in a year (the latest statement stands).</summary>
    public async Task<RingfenceStatus> SetRingfenceAsync(RingfenceStatus status, CancellationToken cancellationToken = default)
    {
        CheckRingfence(status);
        var row = new RingfenceStatus
        {
            FinancialYear = status.FinancialYear, State = status.State, DecidedBy = status.DecidedBy.Trim(),
            DecidedOn = status.DecidedOn, Reason = status.Reason.Trim(), RecordedAtUtc = DateTime.UtcNow,
        };
        await using var db = database.CreateContext();
        db.RingfenceStatuses.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Every entry (all versions), in ledger order, optionally for one year.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> EntriesAsync(string? financialYear = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var query = db.Entries.AsNoTracking();
        if (financialYear is not null)
        {
            query = query.Where(e => e.FinancialYear == financialYear);
        }

        return await query.OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Decisions in ledger order, optionally for one year.</summary>
    public async Task<IReadOnlyList<LedgerDecision>> DecisionsAsync(string? financialYear = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Decisions.AsNoTracking().Where(d => financialYear == null || d.FinancialYear == financialYear).OrderBy(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Ringfence statements in ledger order, optionally for one year.</summary>
    public async Task<IReadOnlyList<RingfenceStatus>> RingfenceHistoryAsync(string? financialYear = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.RingfenceStatuses.AsNoTracking().Where(r => financialYear == null || r.FinancialYear == financialYear).OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The year's report (see <see cref="LedgerReport"/>).</summary>
    public async Task<LedgerReport> ReportAsync(string financialYear, CancellationToken cancellationToken = default)
    {
        CheckYear(financialYear);
        return LedgerReporter.Build(financialYear, await EntriesAsync(null, cancellationToken),
            await DecisionsAsync(financialYear, cancellationToken), await RingfenceHistoryAsync(financialYear, cancellationToken));
    }
}
