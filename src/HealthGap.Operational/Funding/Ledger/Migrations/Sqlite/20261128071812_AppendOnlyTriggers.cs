using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthGap.Operational.Funding.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppendOnlyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ledger is append-only even for someone with SQL access: updates and deletes are refused.
            migrationBuilder.Sql("CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: record a correction instead of changing ledger_entries'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: ledger_entries rows cannot be deleted'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ledger_decisions_no_update BEFORE UPDATE ON ledger_decisions BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: record a correction instead of changing ledger_decisions'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ledger_decisions_no_delete BEFORE DELETE ON ledger_decisions BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: ledger_decisions rows cannot be deleted'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ringfence_statuses_no_update BEFORE UPDATE ON ringfence_statuses BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: record a correction instead of changing ringfence_statuses'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ringfence_statuses_no_delete BEFORE DELETE ON ringfence_statuses BEGIN SELECT RAISE(ABORT, 'the funding ledger is append-only: ringfence_statuses rows cannot be deleted'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_decisions_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_decisions_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ringfence_statuses_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ringfence_statuses_no_delete;");
        }
    }
}
