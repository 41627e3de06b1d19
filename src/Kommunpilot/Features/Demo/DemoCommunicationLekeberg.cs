using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// 004: Lekeberg, "Kommunikationsplan 2023" for "Nära vård – Hälsa tillsammans", as written. Breaks
/// made by the extraction ("Målgruppe r", "Kommunstyrelse- förvaltningen", "Administration- enheten")
/// are joined; the authors' wording is otherwise kept, slips included ("Capiro", "vara uppdatera").
/// </summary>
/// <remarks>
/// Choices where the document is open:
/// <list type="bullet">
/// <item>Status: the document says nothing of adoption, so the plan stays a draft. It follows up the
/// plan of 2022, which is not among the sources, so it has no previous plan.</item>
/// <item>The first table's groups sit under "Kommunstyrelseförvaltningen:"; the name is the unit
/// ("HR-avdelningen", spelled as the organisation's unit, for "Hr avdelningen") and the department
/// is kept as its description, the only thing the table says about it.</item>
/// <item>The rows of each Veta/Känna/Göra table pair in order with the groups of the table before it;
/// the pairs read right (the social services' own plan for personcentrerad vård, "riktad till elever",
/// "sprida kunskap till medborgare" for Kontaktcenter, "för kommunen" for Kommunstyrelsen).</item>
/// <item>The people get no titles: the text gives roles per activity (projektledare, kommunikatör,
/// processledare), not per person.</item>
/// </list>
/// </remarks>
internal static class DemoCommunicationLekeberg
{
    public const string ProjectName = "Nära vård – Hälsa tillsammans";
    public const string Title = "Kommunikationsplan 2023";

    public const string Situation = """
Under året behöver projektet kommunicera för att

1. Följa upp den kommunikation som gjordes under projektets första år. De som involverades i projektet då behöver få information om nuläget och vad som händer i projektet i år. Det gäller följande: socialförvaltningens ledningsgrupp, barn- och utbildningsförvaltningens ledningsgrupp, kultur och fritid, Kontaktcenter samt Capiro.

2. Involvera de som inte involverades under projektets första år. Följande verksamheter är utpekade att få information under året: ekonomiavdelningen, administrativa avdelningen, HR och måltidsenheten. Samt kontinuerlig information till Socialnämnden och Kommunstyrelsen. Inför hösten 2023 även inkludera om beslut fattas om Näringsliv och utvecklingsavdelningen.
""";

    private const string EveryoneHelps = "För att vi ska lyckas med omställningsarbetet, både nationellt och lokalt, behöver alla hjälpa till med välfärdsutmaningarna som vi har framför oss.";
    private const string KnowNaraVard = "Vad Nära Vård innebär.";
    private const string PartOfShift = "Att de är en del av omställningen till Nära vård";
    private const string SupportShift = "Att bistå omställningen, att ställa om utifrån stödjande beslut.";

    /// <summary>The three tables of target groups, each row with "Varför?" and the goals (veta, känna, göra) of the table after it.</summary>
    internal static readonly (string Name, string? Description, string Why, string Know, string Feel, string Do)[] TargetGroups =
    [
        ("HR-avdelningen", "Kommunstyrelseförvaltningen", EveryoneHelps, KnowNaraVard, PartOfShift,
            "Bidra med att trygga kompetensförsörjning samt stärka innovation och digitalisering."),
        ("Ekonomiavdelningen", "Kommunstyrelseförvaltningen", EveryoneHelps, KnowNaraVard, PartOfShift,
            "Bidra till omställningsarbetet genom att stärka innovation och digitalisering. Stödja arbetet omkring de medel/Stimulanspengar som finns att söka inom området Nära vård."),
        ("Måltidsenheten", "Kommunstyrelseförvaltningen", EveryoneHelps, KnowNaraVard, PartOfShift,
            "Identifiera hur de kan stödja till omställningsarbetet, framför allt kring kost."),
        ("Administrationsenheten", "Kommunstyrelseförvaltningen", EveryoneHelps, KnowNaraVard, PartOfShift,
            "Bidra till att utveckla kompetensförsörjning, innovation och digitalisering."),

        ("Socialförvaltningens ledningsgrupp", null,
            "För att vara uppdatera på vad förvaltning och ledning bidrar med till omställningen få återkoppling på vad som händer.",
            "Nuläge och vad som händer framåt. Vad de kan göra för att skapa personcentrerad vård, förebyggande insatser och socialhållbarhet.",
            "Att de skapar hälsa tillsammans genom förebyggande och personcentrerade åtgärder riktade till patienter.",
            "Fortsätta implementering av omställningsarbetet samt socialförvaltningens plan för personcentrerad vård samt delaktighet."),
        ("Barn- och utbildningsförvaltningens ledningsgrupp samt elevhälsan", null,
            "För att vara uppdatera på vad förvaltning och ledning bidrar med till omställningen få återkoppling om nuläge.",
            "Nuläge och vad som händer framåt. Vad som händer i projektet.",
            "Att de skapar hälsa tillsammans genom förebyggande insatser och personcentrerad vård riktad till elever.",
            "Identifiera hälsofrämjande och förebyggande insatser. Skapa delaktighet, samverkan och social hållbarhet."),
        ("Kultur och fritid", null,
            "För att vara uppdatera på vad förvaltning och ledning bidrar med till omställningen få återkoppling om nuläge.",
            "Nuläge och vad som händer framåt. Vad som händer i projektet.",
            "Att de skapar hälsa tillsammans genom hälsofrämjande och förebyggande insatser samt social hållbarhet.",
            "Identifiera vidare insatser utifrån hälsofrämjande och social hållbarhet samt skapa delaktighet."),
        ("Kontaktcenter", null,
            "För att de ska ha god kännedom om projektet samt kunna svara på ev. frågor från medborgare.",
            "Bistå med kunskap om veta var de kan hitta info och vem de ska koppla till?",
            "Att de skapar hälsa tillsammans genom att sprida kunskap till medborgare.",
            "Bemöta medborgare med svar på frågor gällande omställningsarbetet Nära Vård."),

        ("Capio vårdcentral", null,
            "För att Capios vårdcentral/Region Örebro ska ha kännedom om omställningsarbetet. Samt implementering på lokal nivå.",
            "Nuläge och vad som händer framåt. Utforska den gemensamma primärvården tillsammans i samverkan med kommunala insatser",
            "Ansvar för att driva sin del av omställningen.",
            "Fortsätta implementera Nära vård- Hälsa tillsammans skapa socialhållbarhet, öka kontinuitet och stärka samordning."),
        ("Socialnämnden", null, EveryoneHelps, SupportShift, PartOfShift,
            "Följa upp implementering av omställningsarbetet inom socialförvaltningens och kontinuerlig dialog med Socialchef och projektledare"),
        ("Kommunstyrelsen", null, EveryoneHelps, SupportShift, PartOfShift,
            "Följa upp och stödja implementering av omställningsarbetet för kommunen"),
    ];

    public const string NluName = "Näringslivs- och utvecklingsavdelningen (NLU)";
    public const string NluCondition = "vid beslut om ny avdelning, Näringsliv och utvecklingsavdelning (NLU).";
    public const string NluWhy = "Utifrån att beslut fattas om ny avdelning inom Lekebergs kommun gällande NLU till hösten 2023 behöver projektet implementeras på avdelningen.";
    public const string NluDescription = "Näringslivs- och utvecklingsavdelningen kommer förutom att arbeta med näringslivsfrågor även att driva och genomföra satsningar på verksamhetsutveckling och digitalisering inom organisationens och förvaltningarnas grunduppdrag inom framför allt skola, förskola, vård och omsorg. Därför är projektet och omställningen \"Nära vård-Hälsa tillsammans\" aktuell för avdelningen och dess ledning och styrning.";

    public static CommunicationPlan Create(AppDbContext db, Organization lekeberg, Project project)
    {
        var plan = DemoCommunication.NewPlan(project, Title);
        plan.Period = "2023";
        plan.PeriodStart = new DateOnly(2023, 1, 1);
        plan.PeriodEnd = new DateOnly(2023, 12, 31);
        plan.Status = PlanStatus.Draft;
        plan.Situation = Situation;

        var groups = new Dictionary<string, Stakeholder>();
        foreach (var (name, description, why, know, feel, @do) in TargetGroups)
        {
            var group = plan.AddGroup(name, description: description, why: why);
            plan.AddGoal(GoalAspect.Know, know, group);
            plan.AddGoal(GoalAspect.Feel, feel, group);
            plan.AddGoal(GoalAspect.Do, @do, group);
            groups[name] = group;
        }
        // "Kunna svara på ev. frågor från medborgare": Kontaktcenter passes the messages on.
        groups["Kontaktcenter"].PassesOn = true;
        groups["Kontaktcenter"].PassesOnTo = "medborgare";

        // "Prioriterad målgrupp: vid beslut om ny avdelning ..." – prioritised only if the decision is
        // taken; the heading is the condition, the next paragraph why, the last what the department is.
        var nlu = plan.AddGroup(NluName, description: NluDescription, why: NluWhy);
        nlu.PrioritisedIfDecided = true;
        nlu.Condition = NluCondition;

        // "Budskap": the why/what/feeling/how framework, one message for every target group.
        plan.Messages.Add(new PlanMessage
        {
            Why = "För att klara välfärdsutmaningen framåt behöver sättet vi arbetar förändras.",
            What = "Projektledare och arbetsgrupp arbetar med implementering för omställningen för 2023.",
            Feeling = "Sprida information gällande omställningsarbetet med tydlighet, lättförståelig och konkret",
            How = "Att vi ska göra det tillsammans i landet för att förändra i hela välfärden. Alla behöver ta ansvar och en första del är att arbeta proaktivt.",
            Order = 1,
        });

        // The eight rows: "Vad ska vi göra?", "När?" as written, "Ansvarig"; "Tid i h" is empty in all.
        // Target groups are linked where the row names them; the first row names none.
        var kristin = DemoCommunication.NewPerson(db, lekeberg, "Kristin Lundgren");
        var ellinor = DemoCommunication.NewPerson(db, lekeberg, "Ellinor Hailee");
        Stakeholder[] To(params string[] names) => [.. names.Select(n => groups[n])];

        plan.AddActivity("Projektledare och Kommunikatör följer upp befintlig information om projektet och uppdaterar utifrån nuläge den kommunikation som gjordes under 2022",
            "Juni 2023", by: [kristin, ellinor]);
        plan.AddActivity("Projektledare informerar socialförvaltningens ledningsgrupp, barn- och utbildningsförvaltningens ledningsgrupp, kultur och fritid, Kontaktcenter samt Capio om uppdaterad information och nuläge för projektet",
            "Juni-september 2023", to: To("Socialförvaltningens ledningsgrupp", "Barn- och utbildningsförvaltningens ledningsgrupp samt elevhälsan", "Kultur och fritid", "Kontaktcenter", "Capio vårdcentral"), by: [kristin]);
        plan.AddActivity("Processledare ska informera Kommunstyrelseförvaltningen/ Hr avdelningen om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet",
            "Hösten 2023", to: To("HR-avdelningen"), by: [kristin]);
        plan.AddActivity("Processledare ska informera Kommunstyrelseförvaltningen/ Ekonomiavdelningen om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet",
            "Hösten 2023", to: To("Ekonomiavdelningen"), by: [kristin]);
        plan.AddActivity("Processledare ska informera Kommunstyrelseförvaltningen/Måltidsenheten om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid förfrågan med implementering av omställningsarbetet",
            "Hösten 2023", to: To("Måltidsenheten"), by: [kristin]);
        plan.AddActivity("Processledare ska informera Kommunstyrelseförvaltningen/ Administrationsenheten om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet",
            "Hösten 2023", to: To("Administrationsenheten"), by: [kristin]);
        plan.AddActivity("Processledare informerar Socialnämnden om projektet Nära vård-Hälsa tillsammans",
            "Våren 2023", to: To("Socialnämnden"), by: [kristin]);
        plan.AddActivity("Processledare informerar på Kommunstyrelsen om projektet Nära vård –Hälsa tillsammans",
            "Våren 2023", to: To("Kommunstyrelsen"), by: [kristin]);
        return plan;
    }
}
