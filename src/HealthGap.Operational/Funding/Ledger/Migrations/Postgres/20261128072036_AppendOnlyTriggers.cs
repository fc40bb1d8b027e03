using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthGap.Operational.Funding.Ledger.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AppendOnlyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ledger is append-only even for someone with SQL access: updates and deletes are refused.
            migrationBuilder.Sql(@"CREATE FUNCTION healthgap_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the funding ledger is append-only: % on % is refused; record a correction instead', TG_OP, TG_TABLE_NAME;
END;
$$;");
            migrationBuilder.Sql("CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION healthgap_ledger_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER ledger_decisions_append_only BEFORE UPDATE OR DELETE ON ledger_decisions FOR EACH ROW EXECUTE FUNCTION healthgap_ledger_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER ringfence_statuses_append_only BEFORE UPDATE OR DELETE ON ringfence_statuses FOR EACH ROW EXECUTE FUNCTION healthgap_ledger_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_decisions_append_only ON ledger_decisions;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ringfence_statuses_append_only ON ringfence_statuses;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS healthgap_ledger_append_only();");
        }
    }
}
