using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// 000: Lund, "Kommunikationsplan pilotprojekt Samordnade servicetjänster", as written.
/// </summary>
/// <remarks>
/// Choices where the document is open:
/// <list type="bullet">
/// <item>Period: the plan states none. The project's dates (2022–2023) are not used: the plan's own
/// activities happen "dels inför beslutsärende ..., dels under pilotprojektets gång", i.e. partly
/// before the project starts. The period is left empty; every "Tidpunkt" is empty too.</item>
/// <item>Status: the document says nothing of adoption, so the plan stays a draft.</item>
/// <item>"Pilotprojektet målbild" with the Utvecklingsmål, Verksamhetsmål and Aktiviteter lists is the
/// pilot project's own goal picture, given as context: it goes into <see cref="CommunicationPlan.Background"/>
/// after the Bakgrund paragraphs, headings and lists as written. <see cref="CommunicationPlan.OverallObjective"/>
/// holds the plan's "Målsättning" (the objective of the communication itself), <see cref="CommunicationPlan.Purpose"/>
/// its "Syfte".</item>
/// <item>Target groups and channels: see <see cref="Create"/>.</item>
/// </list>
/// </remarks>
internal static class DemoCommunicationLund
{
    public const string ProjectName = "Samordnade servicetjänster";
    public const string Title = "Kommunikationsplan pilotprojekt Samordnade servicetjänster";

    public const string Background = """
För att fortsatt kunna ge invånarna i Lunds kommun en kostnadseffektiv service med hög kvalitet och säkra välfärden framöver, finns behov av effektivare arbetssätt samt ökat samarbete inom kommunen. Det har bland annat kommunfullmäktige slagit fast i ekonomi- och verksamhetsplanen för Lunds kommun 2021-2023.

Under våren 2021 fick därför serviceförvaltningen i uppdrag av Servicenämnden att ta fram en nulägesanalys över omfattningen av nuvarande servicetjänster i Lunds kommun. Analysen konstaterar att servicetjänster utförs både av förvaltningarna själva, av privata leverantörer samt av serviceförvaltningen inom kommunens olika verksamheter. Det saknas ett helhetsperspektiv, vilket kan leda till betydligt sämre möjligheter att uppnå målet om att skapa ökad likvärdighet i servicen som kommunen levererar.

Servicenämnden beslutade därför att ge serviceförvaltningen i uppdrag att ta fram ett förslag på pilotprojekt för att testa samordnade servicetjänster tillsammans med några andra förvaltningar inom ett geografiskt avgränsat område i kommunen.

Pilotprojektet målbild

Målet med samordnade servicetjänster är att skapa förutsättningar för en kostnadseffektiv serviceorganisation med god och likvärdig kvalitet, som också ger förvaltningarna möjlighet att fullt ut fokusera på sina huvuduppdrag för bättre leverans till lundaborna. Allt tillsammans leder till en långsiktig bättre välfärd.

Utvecklingsmål

- Skapa hållbara värden för kommunen

Verksamhetsmål

- Uppnå internt partnerskap för att öka servicen mot invånarna i Lunds kommun (2021) och Professionell samarbetspartner (2022)

Aktiviteter

- Fördjupad nulägesanalys och behovsanalys inkl. utvecklade servicetjänster
- Kartläggning tjänstebehov och framtagande av nyckeltal
- Projektbeskrivning för pilotprojekt inkl. ekonomisk kalkyl och projektdirektiv
""";

    public const string Purpose =
        "Syftet med denna kommunikationsplan är att säkerställa samtidig information anpassad utifrån mottagaren till berörda parter och intressenter, samt att tydliggöra syfte och mål med Samordnade servicetjänster.";

    public const string OverallObjective =
        "Målsättningen med kommunikationsinsatserna är att säkerställa att alla berörda intressenter får relevant information i rätt tid och därigenom får en förståelse för syfte och målsättning.";

    public const string Approach =
        "Aktiviteterna i denna tidplan är tänkta att genomföras dels inför beslutsärende om samordnade servicetjänster, dels under pilotprojektets gång. Aktiviteterna behöver anpassas utifrån respektive pilotverksamhet och upprepas vid förändringar.";

    public const string ActivitiesIntroduction = """
Denna aktivitetsplan kan kompletteras efterhand under genomförandet. Den utgår från grundbudskap om vad som ska göras, när det ska ske, i vilken utsträckning och varför.

Direkt berörda medarbetare och chefer ska, utöver detta, få tydlig information om "hur berör detta mig?"
""";

    public const string KnowGoal = "Berörda intressenter ska känna till varför pilotprojektet genomförs samt i vilket syfte.";
    public const string FeelGoal = "Berörda intressenter ska känna att serviceförvaltningen lyssnat på de behov berörda förvaltningar, inklusive serviceförvaltningen själva, har lyft samt att förändringen kommer att bidra positivt till verksamheternas möjligheter att fokusera på kärnuppdraget.";
    public const string DoGoal = "Berörda intressenter ska vilja vara delaktiga i pilotprojektets genomförande och utveckla konceptet med Samordnade servicetjänster vidare under pilotprojektets gång, för att medarbetare ska kunna arbeta på toppen av sin kompetens och ge bästa möjliga leverans till lundaborna.";

    /// <summary>
    /// The risk is the first paragraph of "Risker". Of the second paragraph, the first sentence is
    /// what the plan does about it (the mitigation); its last sentence (several departments, political
    /// decisions) says why the risk matters here, so it ends the description.
    /// </summary>
    public const string Risk = """
Vid alla förändringar i verksamhet finns det en risk att enskilda medarbetare eller grupper upplever förändringen som jobbig på olika sätt. Information som kommer i fel tid, i olika tid eller innehåller variationer eller felaktigheter riskerar att orsaka oro, ryktesspridning eller en känsla av dolda syften.

Pilotprojektet med samordnade servicetjänster involverar flera förvaltningar som samarbetar för ett positivt genomförande och är avhängigt politiska beslut för genomförandet.
""";

    public const string Mitigation = "Denna kommunikationsplan ska säkerställa att samtliga intressenter upplever att de fått tydlig och tillräcklig information i rätt tid.";

    public const string Budget = "Ingen särskild budget har avsatts för dessa kommunikationsinsatser.";

    public static CommunicationPlan Create(AppDbContext db, Organization lund, Project project)
    {
        var plan = DemoCommunication.NewPlan(project, Title);
        plan.Status = PlanStatus.Draft;
        plan.Background = Background;
        plan.Purpose = Purpose;
        plan.OverallObjective = OverallObjective;
        plan.Approach = Approach;
        plan.ActivitiesIntroduction = ActivitiesIntroduction;
        plan.BudgetNote = Budget;

        // Kunskapsmål, attitydmål, motivationsmål: plan-wide, for "berörda intressenter".
        plan.AddGoal(GoalAspect.Know, KnowGoal);
        plan.AddGoal(GoalAspect.Feel, FeelGoal);
        plan.AddGoal(GoalAspect.Do, DoGoal);

        plan.Risks.Add(new PlanRisk { Description = Risk, Mitigation = Mitigation, Order = 1 });

        // The six target groups listed under "Målgrupper". The document describes none of them, so
        // they have no description, audience or priority.
        var directors = plan.AddGroup("Berörda förvaltningsdirektörer");
        plan.AddGroup("Direkt berörda verksamheters chefer"); // no activity row names them
        // Row 9 "Pilotverksamheternas berörda medarbetare": the affected operations are the pilot
        // operations, so these are the same people.
        var staff = plan.AddGroup("Berörda verksamheters medarbetare");
        // Rows 3-4 "Fack": the union representatives of this group. "Samverkan" (row 4) is the formal
        // meeting of employer (HR) and unions, the very pair this listed group names, so "Fack" is the
        // rows' short name for it rather than a group of its own.
        var unions = plan.AddGroup("HR och fackliga representanter");
        // No row names politicians in general; Servicenämnden (rows 11, 13) is a named committee with
        // a decision to take, kept as a group of its own below.
        plan.AddGroup("Förtroendevalda politiker");
        // Row 10 "Service-förvaltningens samtliga medarbetare" is this group in other words.
        var allServiceStaff = plan.AddGroup("Samtlig personal inom serviceförvaltningen");

        // Groups only the activity rows name, in the order they first appear. Each is a narrower set
        // than any listed group (managers, management groups, contact persons), which is why the rows
        // name them, so they stay groups of their own.
        // "Kontaktpersoner möjliga pilotverksamheter" (row 2, before the pilots are decided) and
        // "Pilotverksamheternas utsedda kontaktpersoner" (row 8, the chosen pilots) are kept apart:
        // the possible pilots may be more than those chosen.
        var possibleContacts = plan.AddGroup("Kontaktpersoner möjliga pilotverksamheter");
        var serviceManagers = plan.AddGroup("Samtliga chefer inom Serviceförvaltningen");
        var managementGroup = plan.AddGroup("Förvaltningsledningsgruppen");
        var businessAreas = plan.AddGroup("Affärsområdesledningarna inom Serviceförvaltningen");
        var pilotContacts = plan.AddGroup("Pilotverksamheternas utsedda kontaktpersoner");
        // "Service-nämnden" in the table is a line break inside the word.
        var committee = plan.AddGroup("Servicenämnden");

        // The four channels listed under "Kanaler", then the two the rows use. The rows' "Fysiskt möte"
        // and "Digitalt möte" are kept as channels of their own (not folded into "Möten"): the rows
        // choose between them. "Fysiskt möte/ digitalt möte" links both; "Nyhetsbrev, Inloggad" is
        // the listed "Nyhetsbrev och Inloggad".
        plan.AddChannel("Möten (i grupp och enskilt)");
        plan.AddChannel("Samverkan");
        plan.AddChannel("Mejl");
        var newsletter = plan.AddChannel("Nyhetsbrev och Inloggad");
        var physical = plan.AddChannel("Fysiskt möte");
        var digital = plan.AddChannel("Digitalt möte");
        Channel[] either = [physical, digital];

        // Responsible people. The document spells her "Thögerson" (rows 1-9) and "Thögersen" (rows
        // 10-13): one person, entered as "Thögerson", the spelling of most rows. Pål Svensson's title
        // is from the project description (001) of the same project.
        var pal = DemoCommunication.NewPerson(db, lund, "Pål Svensson", "Servicedirektör");
        var annelie = DemoCommunication.NewPerson(db, lund, "Annelie Thögerson");
        var thobias = DemoCommunication.NewPerson(db, lund, "Thobias Ligneman");

        // The 13 rows; "Tidpunkt" is empty in all of them. Line breaks inside words of the table
        // ("status-uppdatering", "Service-nämnden") are joined.
        plan.AddActivity("Information berörda förvaltningsdirektörer", message: "Information och dialog", to: [directors], through: [physical], by: [pal, annelie]);
        plan.AddActivity("Information utsedda kontaktpersoner möjliga pilotverksamheter", message: "Information och dialog", to: [possibleContacts], through: either, by: [annelie]);
        plan.AddActivity("Information till fackliga", message: "Information", to: [unions], through: either, by: [pal, annelie]);
        plan.AddActivity("Samverkan", message: "Information och dialog", to: [unions], through: either, by: [annelie]);
        plan.AddActivity("Chefsinfo Serviceförvaltningen", message: "Kortfattad information", to: [serviceManagers], through: [digital], by: [annelie]);
        plan.AddActivity("Förvaltningsledningsgrupp Serviceförvaltningen", message: "Status och plan framåt, dialog", to: [managementGroup], through: [physical], by: [annelie]);
        plan.AddActivity("Information affärsområdesledningarna inom Serviceförvaltningen", message: "Information och dialog", to: [businessAreas], through: [digital], by: [annelie]);
        plan.AddActivity("Workshop 1 pilotverksamheter", message: "Intressentanalys, SWOT samt nuläge- och behovsanalys", to: [pilotContacts], through: either, by: [annelie]);
        plan.AddActivity("Workshop 2 pilotverksamheter", message: "Information och dialog samt workshop 2 utvecklade servicetjänster, nyckeltal", to: [staff], through: either, by: [annelie]);
        plan.AddActivity("Statusuppdatering internt inom SF", message: "Skriftlig statusuppdatering övergripande", to: [allServiceStaff], through: [newsletter], by: [thobias, annelie]);
        plan.AddActivity("Muntlig information Servicenämnden", message: "Muntlig statusuppdatering, dialog", to: [committee], through: [physical], by: [pal, annelie]);
        plan.AddActivity("Muntlig information berörda förvaltningsdirektörer", message: "Information", to: [directors], through: [physical], by: [pal, annelie]);
        // The last row names no channel.
        plan.AddActivity("Beslutsärende i Servicenämnden", message: "Beslutsärende med projektdirektiv", to: [committee], by: [pal, annelie]);
        return plan;
    }
}
