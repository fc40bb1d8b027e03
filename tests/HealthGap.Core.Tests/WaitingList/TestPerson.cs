using DuckDB.NET.Data;

namespace HealthGap.Core.Tests.WaitingList;

/// <summary>A generated person: only the columns the waiting-list analysis reads are filled.</summary>
internal sealed record TestPerson(
    long Id,
    DateOnly BirthMonth,
    string Sex,
    string? EthnicGroup,
    int? ImdDecile,
    bool? InterpreterNeeded,
    bool EnglishNotMainLanguage,
    bool LearningDisability,
    bool Smi)
{
    public void AppendTo(DuckDBAppender appender)
    {
        var row = appender.CreateRow()
            .AppendValue(Id).AppendValue("p" + Id).AppendValue(BirthMonth).AppendValue(Sex)
            .AppendNullValue().AppendValue(EthnicGroup).AppendNullValue()
            .AppendValue((sbyte?)ImdDecile).AppendValue((sbyte?)((ImdDecile + 1) / 2)).AppendValue(ImdDecile is null ? null : ImdDecile <= 2)
            .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
            .AppendNullValue().AppendNullValue().AppendNullValue()
            .AppendValue(LearningDisability).AppendValue(false).AppendValue(Smi).AppendValue(false).AppendValue(false)
            .AppendValue(InterpreterNeeded).AppendValue(EnglishNotMainLanguage)
            .AppendValue(false).AppendValue(false).AppendValue(false).AppendValue(false).AppendValue(false);
        row.EndRow();
    }
}
