namespace HealthGap.Core.WaitingList;

/// <summary>The recorded values of one pathway's person that decide its groups (age comes separately).</summary>
internal readonly record struct PersonValues(
    int? ImdQuintile,
    int? ImdDecile,
    bool? Core20,
    string? EthnicGroup,
    bool? InterpreterNeeded,
    bool? EnglishNotMainLanguage,
    bool? LearningDisability,
    bool? SevereMentalIllness,
    string? Sex);
