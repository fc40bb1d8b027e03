using System.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// The funding ledger's tables, the same model for SQLite and PostgreSQL. Each provider has its own
/// derived context so that each has its own migrations (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
/// Saving refuses any change to or deletion of a stored row: the ledger is append-only (the
/// migrations add database triggers that refuse them too); a new row must keep the column lengths
/// and <see cref="LedgerLimits"/> (<see cref="LedgerModelValidation"/>).
/// </summary>
public abstract class LedgerDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Allocation, commitment and spend entries.</summary>
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    /// <summary>Decisions about the money.</summary>
    public DbSet<LedgerDecision> Decisions => Set<LedgerDecision>();

    /// <summary>Ringfence statements per year.</summary>
    public DbSet<RingfenceStatus> RingfenceStatuses => Set<RingfenceStatus>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseEdits();
        LedgerModelValidation.CheckAdded(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseEdits();
        LedgerModelValidation.CheckAdded(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FinancialYear).HasMaxLength(7);
            e.Property(x => x.PlaceCode).HasMaxLength(40);
            e.Property(x => x.PlaceName).HasMaxLength(200);
            e.Property(x => x.Organisation).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.CorrectionReason).HasMaxLength(2000);
            e.Property(x => x.ScenarioId).HasMaxLength(40);
            e.HasIndex(x => x.FinancialYear);

            // One correction per entry: a second one must correct the first correction, keeping one chain.
            e.HasIndex(x => x.CorrectsEntryId).IsUnique();
            e.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => x.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<LedgerDecision>(e =>
        {
            e.ToTable("ledger_decisions");
            e.Property(x => x.FinancialYear).HasMaxLength(7);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.Rationale).HasMaxLength(4000);
            e.Property(x => x.Evidence).HasMaxLength(4000);
            e.HasIndex(x => x.FinancialYear);
            e.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RingfenceStatus>(e =>
        {
            e.ToTable("ringfence_statuses");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FinancialYear).HasMaxLength(7);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(4000);
            e.HasIndex(x => x.FinancialYear);
        });

        // snake_case columns so that people querying the database with SQL see ordinary names.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            property.SetColumnName(SnakeCase(property.Name));
        }
    }

    private void RefuseEdits()
    {
        var edited = ChangeTracker.Entries().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (edited is not null)
        {
            throw new LedgerException(
                $"the ledger is append-only: a stored {edited.Metadata.ClrType.Name} cannot be {(edited.State == EntityState.Deleted ? "deleted" : "changed")}. Record a correction instead.");
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
