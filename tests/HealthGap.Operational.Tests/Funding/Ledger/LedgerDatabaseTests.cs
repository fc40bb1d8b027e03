using HealthGap.Operational.Funding.Ledger;
using Npgsql;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>The PostgreSQL connection defaults the ledger adds for many short writes.</summary>
public sealed class LedgerDatabaseTests
{
    [Fact]
    public void Tuned_PlainConnectionString_AddsNoResetAndAutoPrepare()
    {
        var tuned = new NpgsqlConnectionStringBuilder(LedgerDatabase.Tuned("Host=127.0.0.1;Database=ledger"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(20, tuned.MaxAutoPrepare);
        Assert.Equal("ledger", tuned.Database);
    }

    [Fact]
    public void Tuned_ExplicitSettings_AreKept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(LedgerDatabase.Tuned("Host=127.0.0.1;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
