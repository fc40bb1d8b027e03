using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>The ledger on an embedded SQLite file (the default: nothing to install).</summary>
public sealed class SqliteLedgerDbContext(DbContextOptions<SqliteLedgerDbContext> options) : LedgerDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context SqliteLedgerDbContext</c> build the context without a real database.</summary>
internal sealed class SqliteLedgerDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLedgerDbContext>
{
    public SqliteLedgerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite("Data Source=design-time-ledger.db").Options);
}
