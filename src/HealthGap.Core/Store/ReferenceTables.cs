using DuckDB.NET.Data;
using HealthGap.Core.Reference;

namespace HealthGap.Core.Store;

/// <summary>Copies the shipped reference data (IMD 2019 + geography per LSOA, ESP2013) into the store once.</summary>
internal static class ReferenceTables
{
    /// <summary>Fills <c>ref_lsoa</c> and <c>ref_esp2013</c> when they are empty.</summary>
    public static void EnsureLoaded(DuckDBConnection connection, ReferenceData reference)
    {
        if (Sql.Scalar(connection, "SELECT count(*) FROM ref_lsoa") == 0)
        {
            using var appender = connection.CreateAppender("ref_lsoa");
            foreach (var l in reference.Lsoas)
            {
                appender.CreateRow()
                    .AppendValue(l.Code).AppendValue(l.Name).AppendValue(l.ImdScore).AppendValue(l.ImdRank)
                    .AppendValue((sbyte)l.ImdDecile).AppendValue((sbyte)l.ImdQuintile).AppendValue(l.Core20)
                    .AppendValue(l.Lad.Code).AppendValue(l.Lad.Name).AppendValue(l.SubIcb.Code).AppendValue(l.SubIcb.OdsCode)
                    .AppendValue(l.SubIcb.Name).AppendValue(l.Icb.Code).AppendValue(l.Icb.OdsCode).AppendValue(l.Icb.Name)
                    .AppendValue(l.Region.Name).AppendValue(l.Population.Total).EndRow();
            }
        }

        if (Sql.Scalar(connection, "SELECT count(*) FROM ref_esp2013") == 0)
        {
            using var appender = connection.CreateAppender("ref_esp2013");
            var bands = reference.Esp2013.Bands;
            for (var i = 0; i < bands.Count; i++)
            {
                appender.CreateRow()
                    .AppendValue(i).AppendValue(bands[i].Label).AppendValue(bands[i].LowerAge).AppendValue(bands[i].UpperAge)
                    .AppendValue(bands[i].Weight).EndRow();
            }
        }
    }
}
