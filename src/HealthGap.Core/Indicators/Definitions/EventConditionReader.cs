using YamlDotNet.RepresentationModel;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Reads the conditions on each counted event of an <c>events</c> count or <c>has_event</c>:
/// <c>procedure</c> and <c>no_procedure</c> (each one mapping or a list of them, with <c>codelist</c> and an
/// optional <c>when_diagnosis</c>), checking they are on hospital spells and name OPCS-4 / ICD-10 lists.
/// </summary>
internal sealed class EventConditionReader(Codelists.CodelistLibrary codelists)
{
    /// <summary>The YAML keys this reader owns.</summary>
    public static readonly string[] Keys = ["procedure", "no_procedure"];

    public IReadOnlyList<EventCondition> Read(YamlField field, IReadOnlyList<string> sources)
    {
        var conditions = new List<EventCondition>();
        foreach (var (key, present) in new[] { ("procedure", true), ("no_procedure", false) })
        {
            if (field.Optional(key) is not { } body)
            {
                continue;
            }

            if (sources is not ["apc"])
            {
                throw body.Error("procedures belong to hospital spells: this needs 'source: apc' (admitted patient care) and no other source.");
            }

            var items = body.Node is YamlSequenceNode ? body.Items.ToList() : [body];
            conditions.AddRange(items.Select(item => Procedure(item, present)));
        }

        return conditions;
    }

    private SpellProcedure Procedure(YamlField item, bool present)
    {
        item.AllowOnly("codelist", "when_diagnosis");
        var when = item.Optional("when_diagnosis") is { } w
            ? (w.Node is YamlSequenceNode ? w.Items.ToList() : [w]).Select(d => List(d, "icd10_", "ICD-10 diagnosis")).ToList()
            : [];
        return new SpellProcedure(List(item.Required("codelist"), "opcs4_", "OPCS-4 procedure"), present, when);
    }

    private string List(YamlField field, string prefix, string what)
    {
        if (!field.Text.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw field.Error($"'{field.Text}' is not an {what} list: use a code list named {prefix}*.");
        }

        var problem = codelists.Check(field.Text);
        return problem is null ? field.Text : throw field.Error(problem);
    }
}
