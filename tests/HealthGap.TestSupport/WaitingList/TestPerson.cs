using DuckDB.NET.Data;
using HealthGap.Core.Vocabulary;

namespace HealthGap.TestSupport.WaitingList;

/// <summary>A generated person: only the columns the waiting-list analysis reads are filled.</summary>
public sealed record TestPerson(
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
            .AppendPlusFlags(new Dictionary<PlusFlag, bool?>
            {
                [PlusFlag.LearningDisability] = LearningDisability,
                [PlusFlag.SevereMentalIllness] = Smi,
                [PlusFlag.InterpreterNeeded] = InterpreterNeeded,
                [PlusFlag.EnglishNotMainLanguage] = EnglishNotMainLanguage,
            });
        row.EndRow();
    }
}
