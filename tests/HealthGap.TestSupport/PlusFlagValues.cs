using DuckDB.NET.Data;
using HealthGap.Core.Vocabulary;

namespace HealthGap.TestSupport;

/// <summary>
/// Appends the PLUS flag columns of a <c>person</c> row in the vocabulary's column order, so test rows
/// follow the real schema when a flag is added: the flags given, every other one false.
/// </summary>
public static class PlusFlagValues
{
    /// <summary>Appends one value per <see cref="PlusFlag.All"/>: <paramref name="set"/>'s value, else false.</summary>
    public static IDuckDBAppenderRow AppendPlusFlags(this IDuckDBAppenderRow row, IReadOnlyDictionary<PlusFlag, bool?>? set = null)
    {
        foreach (var flag in PlusFlag.All)
        {
            row = row.AppendValue(set is not null && set.TryGetValue(flag, out var value) ? value : false);
        }

        return row;
    }
}
