namespace HealthGap.Core.Vocabulary;

/// <summary>
/// A PLUS flag: a yes/no characteristic of a person that marks an inclusion-health or other group the ICS
/// chooses (the "PLUS" of Core20PLUS5). This file is the only list of them: the store's <c>person</c>
/// columns (in this order), the indicator breakdowns (Yes/No/Unknown), the definition-file <c>plus_flag</c>
/// allow-list, ingest's derivation rules, the synthetic generator, the bench store and the web's labels
/// (resource key <see cref="LabelKey"/>) all read it. Adding a flag: docs/indicators.md.
/// </summary>
/// <param name="Name">The <c>person</c> column and breakdown name (snake_case).</param>
/// <param name="Derivation">How ingest derives the flag from events.</param>
/// <param name="OneIn">Roughly one person in this many has the flag in an English ICS population; generated
/// stores plant it at about this rate where they have no story of their own for it.</param>
public sealed record PlusFlag(string Name, PlusFlagDerivation Derivation, int OneIn)
{
    /// <summary>On the learning disability register (QOF LD_COD).</summary>
    public static PlusFlag LearningDisability { get; } = new("learning_disability", PlusFlagDerivation.GpCodes(["ld_cod"]), 200);

    /// <summary>A recorded autism diagnosis.</summary>
    public static PlusFlag Autism { get; } = new("autism", PlusFlagDerivation.GpCodes(["autism_cod"]), 100);

    /// <summary>Severe mental illness (QOF MH_COD), switched off by a later remission code.</summary>
    public static PlusFlag SevereMentalIllness { get; } = new("smi", PlusFlagDerivation.GpCodes(["mh_cod"], ["smi_remission_primis_smhres"]), 100);

    /// <summary>Recorded as homeless.</summary>
    public static PlusFlag Homeless { get; } = new("homeless", PlusFlagDerivation.GpCodes(["homeless_primis"]), 500);

    /// <summary>An unpaid carer, switched off by a later "not a carer" code.</summary>
    public static PlusFlag Carer { get; } = new("carer", PlusFlagDerivation.GpCodes(["carer_primis"], ["notcarer_primis"]), 25);

    /// <summary>Needs an interpreter.</summary>
    public static PlusFlag InterpreterNeeded { get; } = new("interpreter_needed", PlusFlagDerivation.GpCodes(["interpreter_required"]), 100);

    /// <summary>English is not their main language.</summary>
    public static PlusFlag EnglishNotMainLanguage { get; } = new("english_not_main_language", PlusFlagDerivation.GpCodes(["english_not_main_language"]), 50);

    /// <summary>Housebound, switched off by a later "no longer housebound" code.</summary>
    public static PlusFlag Housebound { get; } = new("housebound", PlusFlagDerivation.GpCodes(["housebound"], ["housebound_no_longer"]), 100);

    /// <summary>Lives in a care home.</summary>
    public static PlusFlag CareHome { get; } = new("care_home", PlusFlagDerivation.GpCodes(["carehome_cod"]), 150);

    /// <summary>Lives alone (a HealthGap local code list purpose).</summary>
    public static PlusFlag LivesAlone { get; } = new("lives_alone", PlusFlagDerivation.GpCodes(["healthgap_local/lives_alone"]), 12);

    /// <summary>Has a current assisted bin collection from the council.</summary>
    public static PlusFlag AssistedBinCollection { get; } = new("assisted_bin_collection", PlusFlagDerivation.CouncilServiceRecord("assisted_bin_collection"), 90);

    /// <summary>A child currently looked after by the council.</summary>
    public static PlusFlag LookedAfterChild { get; } = new("looked_after_child", PlusFlagDerivation.CouncilServiceRecord("looked_after_child"), 400);

    /// <summary>Every flag, in the order of the <c>person</c> columns.</summary>
    public static IReadOnlyList<PlusFlag> All { get; } =
    [
        LearningDisability, Autism, SevereMentalIllness, Homeless, Carer, InterpreterNeeded, EnglishNotMainLanguage,
        Housebound, CareHome, LivesAlone, AssistedBinCollection, LookedAfterChild,
    ];

    /// <summary>Every flag's name, in column order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The web's resource key for the flag's label (in every <c>SharedResource.*.resx</c>).</summary>
    public string LabelKey => BreakdownNames.LabelKey(Name);

    /// <summary>The SQL expression over <c>p</c> (the person table) that groups by this flag: Yes, No or Unknown.</summary>
    public string Sql => $"CASE WHEN p.{Name} THEN 'Yes' WHEN p.{Name} IS NULL THEN 'Unknown' ELSE 'No' END";

    /// <summary>The flag called <paramref name="name"/>, or null.</summary>
    public static PlusFlag? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
