using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>The ledger on a PostgreSQL server (the deployed option, for many concurrent users).</summary>
public sealed class PostgresLedgerDbContext(DbContextOptions<PostgresLedgerDbContext> options) : LedgerDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresLedgerDbContext</c> build the context; it never connects.</summary>
internal sealed class PostgresLedgerDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLedgerDbContext>
{
    public PostgresLedgerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLedgerDbContext>().UseNpgsql("Host=localhost;Database=healthgap_design").Options);
}
