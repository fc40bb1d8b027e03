using DuckDB.NET.Data;

namespace HealthGap.Core.Tests.WaitingList;

/// <summary>
/// The <c>person</c> and <c>waiting_list</c> tables exactly as docs/data-model.md defines them, for
/// test stores (ingest owns the real loader).
/// </summary>
internal static class WaitingListStoreSchema
{
    public const string Person = """
        CREATE TABLE person (
          person_id BIGINT PRIMARY KEY, pseudonym VARCHAR, birth_month DATE, sex VARCHAR,
          ethnic_category VARCHAR, ethnic_group VARCHAR, lsoa11cd VARCHAR,
          imd_decile TINYINT, imd_quintile TINYINT, core20 BOOLEAN,
          lad22cd VARCHAR, sicbl22cdh VARCHAR, icb22cdh VARCHAR, practice_code VARCHAR, pcn_code VARCHAR,
          registration_start DATE, registration_end DATE, date_of_death DATE,
          learning_disability BOOLEAN, autism BOOLEAN, smi BOOLEAN, homeless BOOLEAN, carer BOOLEAN,
          interpreter_needed BOOLEAN, english_not_main_language BOOLEAN, housebound BOOLEAN, care_home BOOLEAN,
          lives_alone BOOLEAN, assisted_bin_collection BOOLEAN, looked_after_child BOOLEAN)
        """;

    public const string WaitingList = """
        CREATE TABLE waiting_list (
          person_id BIGINT, pathway_key VARCHAR, referral_date DATE, treatment_function_code VARCHAR,
          priority VARCHAR, waiting_list_type VARCHAR, clock_stop_date DATE, extract_date DATE)
        """;

    public static void Create(DuckDBConnection connection)
    {
        foreach (var sql in new[] { Person, WaitingList })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
