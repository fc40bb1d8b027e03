using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// One ledger entry written as a single <c>INSERT ... RETURNING id</c> on a context's connection,
/// without EF Core's change tracker and update pipeline. With 20 concurrent writers on a small
/// machine that pipeline's CPU per write (tracking, command building, fix-up) tripled the write
/// latency; the statement itself is the one EF Core would send. Table, column names, types and value
/// conversions are read from the EF model, so the model and its migrations stay the one source of truth.
/// Only plain inserts go this way: corrections, batches, decisions and ringfence statements use EF Core.
/// </summary>
internal sealed class LedgerEntryInsert
{
    private readonly string _sql;
    private readonly (IProperty Property, RelationalTypeMapping Mapping)[] _columns;

    private LedgerEntryInsert(string sql, (IProperty, RelationalTypeMapping)[] columns)
    {
        _sql = sql;
        _columns = columns;
    }

    /// <summary>Builds the statement for the model of <paramref name="db"/> (once per database).</summary>
    public static LedgerEntryInsert For(LedgerDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(LedgerEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var columns = entity.GetProperties().Where(p => p != key)
            .Select(p => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToArray();
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.p.GetColumnName(table)!)));
        var values = string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new LedgerEntryInsert(
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}",
            columns);
    }

    /// <summary>Inserts <paramref name="row"/> in its own statement (committed on return) and gives back its ledger number.</summary>
    public async Task<long> ExecuteAsync(LedgerDbContext db, LedgerEntry row, CancellationToken cancellationToken)
    {
        LedgerModelValidation.CheckEntry(row);
        foreach (var (property, _) in _columns)
        {
            LedgerModelValidation.CheckValue(property, property.GetGetter().GetClrValueUsingContainingEntity(row));
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = _sql;
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, mapping) = _columns[i];
                var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(mapping.CreateParameter(command, "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), value, property.IsNullable));
            }

            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
