using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// The code lists the generator codes events with, read by Core's <see cref="CodelistLibrary"/> from
/// the same folder the indicator definitions and ingest use (<c>SynthOptions.Paths</c>): SNOMED CT for
/// GP records, ICD-10 and OPCS-4 for hospital data.
/// </summary>
internal sealed class CodeLists
{
    private const string LocalList = "healthgap_local";
    private readonly CodelistLibrary _library;
    private readonly Dictionary<PlusFlag, string> _flagCodes;

    private CodeLists(CodelistLibrary library)
    {
        _library = library;
        Hypertension = Load("hyp_cod", "38341003");
        HypertensionResolved = Load("hypres_cod", "162659009");
        Systolic = Load("sysbp_cod", "72313002");
        Diastolic = Load("diasbp_cod", "1091811000000102");
        Diabetes = Load("dm_cod", "44054006");
        Copd = Load("copd_cod", "13645005");
        Asthma = Load("ast_cod", "195967001");
        Epilepsy = Load("epil_cod", "84757009");
        SevereMentalIllness = Load(PlusFlag.SevereMentalIllness, "58214004");
        SmiRemission = Load(PlusFlag.SevereMentalIllness.Derivation.Exclude[0], "111483008");
        LearningDisability = Load(PlusFlag.LearningDisability, "110359009");
        Autism = Load(PlusFlag.Autism, "408856003");
        Homeless = Load(PlusFlag.Homeless, "32911000");
        Carer = Load(PlusFlag.Carer, "224484003");
        Interpreter = Load(PlusFlag.InterpreterNeeded, "185523007");
        EnglishNotMain = Load(PlusFlag.EnglishNotMainLanguage, "1047281000000107");
        Housebound = Load(PlusFlag.Housebound, "160689007");
        CareHome = Load(PlusFlag.CareHome, "248171000000108");
        CurrentSmoker = Load("lsmok_cod", "77176002");
        ExSmoker = Load("exsmok_cod", "8517006");
        Flu = Load("flu_cod", "955691000000108");
        Pneumococcal = Load("ppv_vacc", "12866006");
        Covid = Load("covid_vacc_primis", "840534001");
        RelieverInhalers = Load("saba_inhalers_dmd", "39113611000001102");
        SeparateLists();
        Local = library.Categories(LocalList).ToDictionary(p => p, p => library.CodesAsListed(LocalList + CodelistLibrary.CategorySeparator + p)[0], StringComparer.Ordinal);
        _flagCodes = OtherPlusFlagsStory.Flags.Where(f => f.Derivation.GpCodeList is not null)
            .ToDictionary(f => f, f => library.CodesAsListed(f.Derivation.GpCodeList!)[0]);
    }

    public CodeList Hypertension { get; }

    public CodeList HypertensionResolved { get; }

    public CodeList Systolic { get; }

    public CodeList Diastolic { get; }

    public CodeList Diabetes { get; }

    public CodeList Copd { get; }

    public CodeList Asthma { get; }

    public CodeList Epilepsy { get; }

    public CodeList SevereMentalIllness { get; }

    public CodeList SmiRemission { get; }

    public CodeList LearningDisability { get; }

    public CodeList Autism { get; }

    public CodeList Homeless { get; }

    public CodeList Carer { get; }

    public CodeList Interpreter { get; }

    public CodeList EnglishNotMain { get; }

    public CodeList Housebound { get; }

    public CodeList CareHome { get; }

    public CodeList CurrentSmoker { get; }

    public CodeList ExSmoker { get; }

    public CodeList Flu { get; }

    public CodeList Pneumococcal { get; }

    public CodeList Covid { get; }

    /// <summary>Short-acting beta-agonist inhalers (dm+d VMPs and AMPs of salbutamol and terbutaline).</summary>
    public CodeList RelieverInhalers { get; }

    /// <summary>Local codes from <c>healthgap_local.csv</c>, by purpose (first code of each purpose).</summary>
    public IReadOnlyDictionary<string, string> Local { get; }

    // Value-carrying observation codes: one fixed code each, so a value's unit is never ambiguous.
    public const string BodyMassIndex = "60621009";
    public const string HbA1c = "999791000000106";
    public const string Cholesterol = "1005671000000105";

    public string NeverSmoked => Local["smoking_never"];

    public string AlcoholUnits => Local["smi_check_alcohol"];

    public string NhsHealthCheck => Local["nhs_health_check"];

    public string LdHealthCheck => Local["ld_annual_health_check"];

    /// <summary>The local code that records living alone (the purpose named by the flag's code list).</summary>
    public string LivesAlone => Local[PlusFlag.LivesAlone.Derivation.GpCodeList!.Split(CodelistLibrary.CategorySeparator)[1]];

    /// <summary>The code recorded for a GP-coded PLUS flag that has no story of its own (the first of its list).</summary>
    public string FlagCode(PlusFlag flag) => _flagCodes[flag];

    public static CodeLists Load(CodelistLibrary library) => new(library);

    private void SeparateLists()
    {
        CodeList[] all =
        [
            Hypertension, HypertensionResolved, Diabetes, Copd, Asthma, Epilepsy, SevereMentalIllness, SmiRemission,
            LearningDisability, Autism, Homeless, Carer, Interpreter, EnglishNotMain, Housebound, CareHome,
            CurrentSmoker, ExSmoker, Flu, Pneumococcal, Covid, Systolic, Diastolic, RelieverInhalers,
        ];
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in all.SelectMany(l => l.Codes.Distinct(StringComparer.Ordinal)))
        {
            count[code] = count.GetValueOrDefault(code) + 1;
        }

        // The wider registers (LD wider, PRIMIS SMI) are not generated from but are read by analyses.
        var wider = new[] { "ld_wider_primis_learndis", "smi_primis_sev_mental", "bp_cod" }
            .SelectMany(_library.CodesAsListed).ToHashSet(StringComparer.Ordinal);
        foreach (var list in all)
        {
            var shared = count.Where(c => c.Value > 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            if (list != LearningDisability && list != SevereMentalIllness && list != Systolic && list != Diastolic)
            {
                shared.UnionWith(wider);
            }

            list.ExcludeFromPicks(shared);
        }
    }

    // A PLUS flag is coded from the code list ingest derives it from (the vocabulary's), so the two cannot drift.
    private CodeList Load(PlusFlag flag, string usual) => Load(flag.Derivation.GpCodeList!, usual);

    private CodeList Load(string name, string usual) =>
        new(name, _library.CodesAsListed(name), usual);
}
