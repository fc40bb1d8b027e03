using DuckDB.NET.Data;
using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.Store;

/// <summary>Rows recorded on the reading thread arrive whole, typed and in order through the appending thread.</summary>
public sealed class BatchWriterTests
{
    [Fact]
    public void Flush_ManyBlocksOfMixedValues_EveryRowArrivesInOrder()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Sql.Execute(connection, "CREATE TEMP TABLE t (n BIGINT, i INTEGER, b BOOLEAN, d DOUBLE, day DATE, s VARCHAR)");
        const int rows = 20_000; // several blocks of StagedRows.BlockSlots
        using (var writer = new BatchWriter(connection))
        {
            for (var r = 0; r < rows; r++)
            {
                writer.For("t").CreateRow().AppendValue((long)r).AppendValue(r % 7).AppendValue(r % 2 == 0)
                    .AppendValue(r % 3 == 0 ? null : r / 4.0).AppendValue(r % 5 == 0 ? null : new DateOnly(2024, 1, 1).AddDays(r % 300))
                    .AppendValue(r % 11 == 0 ? null : "v" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)).EndRow();
            }

            writer.Flush();
        }

        Assert.Equal(rows, Sql.Scalar(connection, "SELECT count(*) FROM t"));
        Assert.Equal(0, Sql.Scalar(connection, """
            SELECT count(*) FROM t WHERE i <> n % 7 OR b <> (n % 2 = 0)
                OR (d IS NULL) <> (n % 3 = 0) OR (d IS NOT NULL AND d <> n / 4.0)
                OR (day IS NULL) <> (n % 5 = 0) OR (day IS NOT NULL AND day <> DATE '2024-01-01' + CAST(n % 300 AS INTEGER))
                OR (s IS NULL) <> (n % 11 = 0) OR (s IS NOT NULL AND s <> 'v' || n)
            """));
    }

    [Fact]
    public void Flush_StoreTableOverSeveralRowGroups_CheckpointKeepsTheBlocksTheBatchWrote()
    {
        // Row groups handed over part-filled are merged and recompressed by DuckDB's checkpoint: the whole
        // batch written twice. Handed over whole, the checkpoint keeps every block as the batch wrote it.
        var path = Path.Combine(Path.GetTempPath(), "healthgap-batchwriter-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            using var connection = new DuckDBConnection($"Data Source={path}");
            connection.Open();
            // As the ingest sets them (the rewrite shows with preserve_insertion_order off); no checkpoint at commit.
            Sql.Execute(connection, "SET preserve_insertion_order = false; SET memory_limit = '2GB'; SET checkpoint_threshold = '10GB'; CREATE TABLE t (n BIGINT, day DATE, code VARCHAR, k VARCHAR)");
            const int rows = BatchWriter.RowGroupSize * 17 / 2;
            using (var transaction = connection.BeginTransaction())
            {
                using (var writer = new BatchWriter(connection))
                {
                    for (var r = 0; r < rows; r++)
                    {
                        writer.ForStore("t").CreateRow().AppendValue((long)r * 7919 % 1_000_003).AppendValue(new DateOnly(2015, 1, 1).AddDays(r % 3000))
                            .AppendValue(r % 3 == 0 ? "8517006" : "266919005").AppendValue("gp_events:E" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)).EndRow();
                    }

                    writer.Flush();
                }

                transaction.Commit();
            }

            const string Blocks = "SELECT DISTINCT block_id FROM pragma_storage_info('t') WHERE block_id IS NOT NULL ORDER BY 1";
            var written = Sql.Query(connection, Blocks, r => r.GetInt64(0));
            Sql.Execute(connection, "CHECKPOINT");
            Assert.Equal(rows, Sql.Scalar(connection, "SELECT count(DISTINCT k) FROM t"));
            Assert.Equal(written, Sql.Query(connection, Blocks, r => r.GetInt64(0)));
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
    }

    [Fact]
    public void Flush_TableMissing_FailsWithStoreException()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var writer = new BatchWriter(connection);
        writer.For("no_such_table").CreateRow().AppendValue(1L).EndRow();
        var error = Assert.Throws<StoreException>(writer.Flush);
        Assert.Contains("appending to the store failed", error.Message, StringComparison.Ordinal);
    }
}
