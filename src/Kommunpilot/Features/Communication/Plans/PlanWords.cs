using System.Globalization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The plan's records and fields in users' words, for the history and the conflict view: "Målgrupp"
/// for a Stakeholder, "Fastställd av" for AdoptedBy, "Kärnintressent" for Core. Every text here is a
/// key into the texts (<c>PlanTexts.en.resx</c>); a test checks that each has English.
/// </summary>
public static class PlanWords
{
    private static readonly Dictionary<string, string> EntityNames = new(StringComparer.Ordinal)
    {
        [nameof(CommunicationPlan)] = "Kommunikationsplan",
        [nameof(PlanRevision)] = "Version",
        [nameof(CommunicationGoal)] = "Veta/känna/göra-mål",
        [nameof(MeasurableGoal)] = "Mätbart mål",
        [nameof(Stakeholder)] = "Målgrupp",
        [nameof(PlanMessage)] = "Budskap",
        [nameof(MessageStakeholder)] = "Budskapets målgrupp",
        [nameof(Channel)] = "Kanal",
        [nameof(PlanRisk)] = "Risk",
        [nameof(PlanActivity)] = "Aktivitet",
        [nameof(ActivityStakeholder)] = "Aktivitetens målgrupp",
        [nameof(ActivityChannel)] = "Aktivitetens kanal",
        [nameof(ActivityResponsible)] = "Ansvarig för aktivitet",
    };

    /// <summary>The plan's own fields, named as on the forms.</summary>
    public static readonly IReadOnlyDictionary<string, string> PlanLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(CommunicationPlan.Title)] = "Titel",
        [nameof(CommunicationPlan.Period)] = "Period",
        [nameof(CommunicationPlan.PeriodStart)] = "Periodens början",
        [nameof(CommunicationPlan.PeriodEnd)] = "Periodens slut",
        [nameof(CommunicationPlan.Status)] = "Status",
        [nameof(CommunicationPlan.AdoptedBy)] = "Fastställd av",
        [nameof(CommunicationPlan.AdoptedOn)] = "Fastställd den",
        [nameof(CommunicationPlan.DocumentVersion)] = "Dokumentversion",
        [nameof(CommunicationPlan.PreviousPlanId)] = "Föregående plan",
        [nameof(CommunicationPlan.OrganizationId)] = "Organisation",
        [nameof(CommunicationPlan.ProjectId)] = "Projekt",
        [nameof(CommunicationPlan.DecisionBodyId)] = "Nämnd eller styrgrupp",
        [nameof(CommunicationPlan.Situation)] = "Nuläge",
        [nameof(CommunicationPlan.Background)] = "Bakgrund",
        [nameof(CommunicationPlan.Purpose)] = "Syfte",
        [nameof(CommunicationPlan.OverallObjective)] = "Målsättning",
        [nameof(CommunicationPlan.Approach)] = "Upplägg och tidplan",
        [nameof(CommunicationPlan.ActivitiesIntroduction)] = "Inledning till aktivitetsplanen",
        [nameof(CommunicationPlan.CoreDefinition)] = "Definition av kärnintressent",
        [nameof(CommunicationPlan.PrimaryDefinition)] = "Definition av primärintressent",
        [nameof(CommunicationPlan.SecondaryDefinition)] = "Definition av sekundärintressent",
        [nameof(CommunicationPlan.BudgetAmount)] = "Budget",
        [nameof(CommunicationPlan.BudgetNote)] = "Kommentar om budgeten",
        [nameof(CommunicationPlan.CalendarToken)] = "Hemlig kalenderlänk",
        [nameof(CommunicationPlan.IsDemo)] = "Demodata",
        [nameof(CommunicationPlan.CreatedAt)] = "Skapad",
    };

    /// <summary>The parts' fields: "Type.Field" where a name means something else in that record, else by field.</summary>
    private static readonly Dictionary<string, string> PartLabels = new(StringComparer.Ordinal)
    {
        ["Name"] = "Namn",
        ["Text"] = "Text",
        ["Order"] = "Ordning",
        ["Aspect"] = "Veta, känna eller göra",
        ["StakeholderId"] = "Målgrupp",
        ["ChannelId"] = "Kanal",
        ["PersonId"] = "Ansvarig",
        ["MessageId"] = "Budskap",
        ["ActivityId"] = "Aktivitet",
        ["MilestoneId"] = "Milstolpe",
        ["MeasurableGoalId"] = "Mätbart mål",
        ["Kind"] = "Typ av mål",
        ["Target"] = "Målvärde",
        ["Unit"] = "Enhet",
        ["ManualProgress"] = "Utfall (inmatat)",
        ["Achieved"] = "Uppnått",
        ["Deadline"] = "Senast",
        ["Comment"] = "Kommentar",
        ["Audience"] = "Intern eller extern",
        ["Priority"] = "Prioritet",
        ["PrioritisedIfDecided"] = "Prioriteras vid beslut",
        ["Condition"] = "Villkor",
        ["Description"] = "Beskrivning",
        ["Why"] = "Varför",
        ["Influence"] = "Inflytande",
        ["Interest"] = "Intresse",
        ["PassesOn"] = "För budskap vidare",
        ["PassesOnTo"] = "För budskap vidare till",
        ["Number"] = "Nummer",
        ["What"] = "Vad",
        ["Feeling"] = "Känsla",
        ["How"] = "Hur",
        ["Clarification"] = "Förtydligande",
        ["ExpectedEffect"] = "Förväntad effekt",
        ["ResponsibleRole"] = "Ansvarig roll",
        ["Likelihood"] = "Sannolikhet",
        ["Consequence"] = "Konsekvens",
        ["Mitigation"] = "Åtgärd",
        ["MessageText"] = "Budskap (som skrivet)",
        ["TimingText"] = "Tidpunkt",
        ["TimingKind"] = "Typ av tidpunkt",
        ["StartDate"] = "Från",
        ["EndDate"] = "Till",
        ["TimingProblem"] = "Tidpunkt som inte kunde tolkas",
        ["PlannedHours"] = "Planerade timmar",
        ["Status"] = "Status",
        ["DoneOn"] = "Genomförd den",
        ["Outcome"] = "Resultat",
        ["Reach"] = "Antal nådda",
        ["ActualHours"] = "Faktiska timmar",
        ["Cost"] = "Kostnad",
        ["GoalContribution"] = "Bidrag till målet",
        ["At"] = "Tidpunkt",
        ["By"] = "Av",
        ["Note"] = "Kommentar",
        [$"{nameof(PlanActivity)}.What"] = "Aktivitet",
        [$"{nameof(PlanActivity)}.Why"] = "Varför",
        [$"{nameof(PlanActivity)}.How"] = "Hur",
        [$"{nameof(PlanRevision)}.At"] = "Datum",
        [$"{nameof(PlanRevision)}.DocumentVersion"] = "Dokumentversion",
    };

    /// <summary>Fields never shown with their values: the calendar secret.</summary>
    private static readonly HashSet<string> Secret = [nameof(CommunicationPlan.CalendarToken)];

    /// <summary>Words for stored values (the labels of choices, yes and no) that this class may return.</summary>
    private static readonly string[] ValueWords = ["Ja", "Nej", "förnyad", "nr {0}"];

    /// <summary>Every text here, for the test that each has English.</summary>
    public static IEnumerable<string> AllTexts =>
        EntityNames.Values.Concat(PlanLabels.Values).Concat(PartLabels.Values).Concat(ValueWords).Distinct(StringComparer.Ordinal);

    public static string EntityName(string entityType) => EntityNames.GetValueOrDefault(entityType, entityType);

    public static string Label(string entityType, string property) =>
        entityType == nameof(CommunicationPlan)
            ? PlanLabels.GetValueOrDefault(property, property)
            : PartLabels.GetValueOrDefault($"{entityType}.{property}") ?? PartLabels.GetValueOrDefault(property) ?? property;

    /// <summary>Whether the history shows a field at all: not the plan id every part carries.</summary>
    public static bool Shown(string entityType, string property) =>
        !(property == "PlanId" && entityType != nameof(CommunicationPlan));

    /// <summary>
    /// A stored value as users read it: choices by their Swedish label (keys into the texts), yes/no, ids
    /// by the names in <paramref name="names"/> (keyed by field), else "nr 12"; secrets are never shown.
    /// </summary>
    public static string? Value(string property, string? raw, Func<string, string> localize,
        IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>>? names = null)
    {
        if (raw is null)
        {
            return null;
        }
        if (Secret.Contains(property))
        {
            return localize("förnyad");
        }
        string? label = property switch
        {
            nameof(CommunicationPlan.Status) when Enum.TryParse<PlanStatus>(raw, out var s) => CommunicationLabels.Of(s),
            nameof(PlanActivity.Status) when Enum.TryParse<ActivityStatus>(raw, out var a) => CommunicationLabels.Of(a),
            nameof(CommunicationGoal.Aspect) when Enum.TryParse<GoalAspect>(raw, out var g) => CommunicationLabels.Of(g),
            nameof(MeasurableGoal.Kind) when Enum.TryParse<MeasureKind>(raw, out var k) => CommunicationLabels.Of(k),
            nameof(Stakeholder.Audience) when Enum.TryParse<Audience>(raw, out var au) => CommunicationLabels.Of(au),
            nameof(Stakeholder.Priority) when Enum.TryParse<StakeholderPriority>(raw, out var p) => CommunicationLabels.Of(p),
            nameof(Stakeholder.Influence) or nameof(Stakeholder.Interest) or nameof(PlanRisk.Likelihood) or nameof(PlanRisk.Consequence)
                when Enum.TryParse<Level>(raw, out var lv) => CommunicationLabels.Of(lv),
            _ when bool.TryParse(raw, out var b) => b ? "Ja" : "Nej",
            _ => null,
        };
        if (label is not null)
        {
            return localize(label);
        }
        if (names is not null && names.TryGetValue(property, out var byId) && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return byId.TryGetValue(id, out var name) ? name : string.Format(CultureInfo.CurrentCulture, localize("nr {0}"), id);
        }
        return raw;
    }

    /// <summary>A text from the first of the localizers that has it (the page's own, the shared labels, the common words).</summary>
    public static Func<string, string> Localizer(params IStringLocalizer[] localizers) => text =>
    {
        foreach (var localizer in localizers)
        {
            var found = localizer[text];
            if (!found.ResourceNotFound)
            {
                return found.Value;
            }
        }
        return text;
    };

    /// <summary>A conflict on the plan with stored values as users read them.</summary>
    public static Conflict Readable(Conflict conflict, Func<string, string> localize, IReadOnlyDictionary<int, string> decisionBodies) =>
        conflict with
        {
            Fields = [.. conflict.Fields
                .Where(f => !Secret.Contains(f.Name))
                .Select(f => f with
                {
                    Mine = Value(f.Name, f.Mine, localize, new Dictionary<string, IReadOnlyDictionary<int, string>> { [nameof(CommunicationPlan.DecisionBodyId)] = decisionBodies }),
                    Theirs = Value(f.Name, f.Theirs, localize, new Dictionary<string, IReadOnlyDictionary<int, string>> { [nameof(CommunicationPlan.DecisionBodyId)] = decisionBodies }),
                })],
        };
}
