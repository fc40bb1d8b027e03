using System.Reflection;
using Xunit.Sdk;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>
/// Adds the PostgreSQL run of a ledger theory. With no server configured it is skipped with a visible
/// reason, except in CI (CI=true), where .ci/setup.d/20-postgres.sh must have started one: there the
/// test runs and fails, so a missing server cannot pass unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (TestDatabase.PostgresConnectionString is null && !inCi)
        {
            Skip = "PostgreSQL ledger run skipped: no server configured. Run 'bash .ci/setup.d/20-postgres.sh' or set HEALTHGAP_TEST_POSTGRES.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDatabase.Postgres]];
}
