using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Projects;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// 002: Fyrbodal, "Kommunikationsplan" for H044 "Digitala processer för socialtjänst i Fyrbodal".
/// The extracted text lost its å, ä and ö and some letters ("t6ka", "&amp;r", "Bl och Al"); every
/// text here is written out again in proper Swedish, word by word, otherwise as the authors wrote it.
/// </summary>
/// <remarks>
/// Choices where the document is open:
/// <list type="bullet">
/// <item>The header (beställare E-råd, finansiär Regionutvecklingsnämnden i Västra Götaland,
/// projektledning Sara Herrman) belongs to the project, which already holds it.</item>
/// <item>Adopted by "Styrgruppen" on 2020-08-28 (2.1). The document gives no version number; the
/// revision row needs one, so both the plan and its adoption are "1.0", the first adopted version.</item>
/// <item>Period: the text states none (the project started 2020-04-20 and has no stated end), so it is
/// left empty rather than guessed.</item>
/// <item>Obvious slips of the authors are corrected with the extraction damage ("projeket", "buskap",
/// "Budksapet om att att", "sasmmanhållen digitaliserings"); the wording is otherwise kept.</item>
/// <item>The figure caption of 2.4 (the figure itself is not in the text) and 6.2's pointer to the
/// attachment "Kommunikationsplan – Aktivitetsplan.xlsx" (not available) are left out.</item>
/// </list>
/// </remarks>
internal static class DemoCommunicationFyrbodal
{
    public const string ProjectName = "Digitala processer för socialtjänst i Fyrbodal";
    public const string Title = "Kommunikationsplan";

    /// <summary>2.1; its first two paragraphs are also the project's background.</summary>
    public const string Background = """
Den 20 april 2020 startade projektet ”Digitala processer i Fyrbodal” efter att projektplanen blivit godkänd av Socialchefsnätverket den 13 mars 2020. Projektet är ett pilotprojekt inom socialtjänsten i Fyrbodals kommuner. Den 28 augusti 2020 valde styrgruppen för projektet att godkänna kommunikationsplanen.

Projektet ska öka kompetensen hos projektdeltagarna inom olika metoder för verksamhetsutveckling där fokus ligger på att digitalisera verksamhetsprocesser. Processkartläggningar är ett verktyg som hjälper till att visualisera verksamheten och tydliggöra relationer och samband. Visualiseringen hjälper även till att föra in fler perspektiv för att analysera och diskutera hur verksamheten kan förbättras. Ett gediget processarbete för att optimera verksamhetsprocesser är en förutsättning för att kunna ställa om och hitta mer effektiva sätt att arbeta på. När ska vi automatisera? När behöver vi en e-tjänst? När ska vi använda RPA, BI och AI? Det behövs ett stöd för kommunerna i hur de ska gå tillväga för att välja rätt teknik för att öka kvaliteten och effektiviteten i verksamheten och möta invånarnas förväntningar.

Digitalisering innebär både stora och små förändringar för verksamheten i kommunen och även för de invånare som använder och påverkas av kommunens service. Därför är det viktigt att lägga tungvikt på projektets kommunikation så att projektets intressenter ska få rätt information vid rätt tidpunkt för att stödja dem i förändringsresan.
""";

    /// <summary>2.2.</summary>
    public const string Purpose =
        "I samma stund som vi fattar ett beslut om en förändring som detta projekt kommer föra med sig där flera människor är inblandade behöver vi tänka igenom om hur vi kommunicerar i projektet. Syftet med kommunikationsplanen är att genom god planering samordna samtliga kommunikativa insatser för bästa möjliga effekt och uppnå kommunikationsplanen. Planen tjänar även som ett internt diskussions- och förankringsunderlag.";

    /// <summary>2.4, "Kommunikationsplanens uppbyggnad".</summary>
    public const string Approach =
        "Kommunikationsplanen har fyra huvuddelar – målgrupper, budskap, kanaler och aktiviteter. För att nå våra målgrupper med vårt budskap behöver vi genom olika aktiviteter kommunicera i flertalet kanaler. Exempel: Budskapet om att förändringen som påverkar målgruppen kommer ge dem som individer goda effekter kommunicerar vi genom aktiviteten ”nyhetsuppdateringar” i kanalen ”kommunens intranät”. Denna plan återger endast övergripande aktiviteter. Vilka uppgifter som hör till aktiviteten och som sker när återges i aktivitetsplanen.";

    // Chapter 3, "Definition av prioritet", each as written after its dash.
    public const string CoreDefinition = "intressenter med beslutande och/eller drivande roller i uppdraget.";
    public const string PrimaryDefinition = "intressenter som i hög grad påverkas och därför vill påverka uppdraget.";
    public const string SecondaryDefinition = "intressenter med ett intresse för uppdraget men som troligt inte aktivt kommer att påverka riktningen.";

    /// <summary>
    /// Chapter 3's table: name, internal/external, priority, description. The first page came out row by
    /// row. On the second page the PDF came out column by column: 13 names (Förbundsdirektionen Fyrbodal
    /// to Klienter/brukare), then 13 "Intern/Extern" (one Intern, twelve Extern), 13 priorities and 13
    /// descriptions (after the tail of Kommunakademin Väst's), paired here by position. The pairs read
    /// right: "Förbundsdirektionen är det politiskt beslutade organet", the process roles described as
    /// the people of the processes to be mapped, "De klienter och brukare som berörs". Kommunala
    /// verksamhetsutvecklare come out as core stakeholders, which 4.1's clarification confirms;
    /// klienter/brukare as secondary, which 4.3's confirms. Residual doubt: only Förbundsdirektionen
    /// is internal on that page, where the association's own networks on the first page are too; the
    /// column says so and it is kept. Personalchefer i Fyrbodal's "Inter" is "Intern" cut short.
    /// </summary>
    internal static readonly (string Name, Audience Audience, StakeholderPriority Priority, string Description)[] TargetGroups =
    [
        ("Kommundirektörer Fyrbodal", Audience.Internal, StakeholderPriority.Secondary, "Nätverk för kommundirektörer i Fyrbodal."),
        ("E-råd", Audience.Internal, StakeholderPriority.Core, "Projektets beställare."),
        ("Socialchefer Fyrbodal", Audience.Internal, StakeholderPriority.Core, "Nätverk för socialchefer i Fyrbodal."),
        ("Stadsbyggnadschefer Fyrbodal", Audience.Internal, StakeholderPriority.Secondary, "Nätverk för stadsbyggnadschefer i Fyrbodal."),
        ("Utbildningschefer Fyrbodal", Audience.Internal, StakeholderPriority.Secondary, "Nätverk för utbildningschefer i Fyrbodal."),
        ("Yrkesroller som arbetar med övergripande digitaliseringsfrågor i Fyrbodal", Audience.Internal, StakeholderPriority.Primary, "Yrkesroller som arbetar med IT- och digitaliseringsfrågor i kommunerna i Fyrbodal."),
        ("Yrkesroller som arbetar med e-hälsofrågor i kommunerna", Audience.Internal, StakeholderPriority.Primary, "Yrkesroller med fokus på frågor om e-hälsa."),
        ("Personalchefer i Fyrbodal", Audience.Internal, StakeholderPriority.Secondary, "Personalchefer som finns för varje kommun i Fyrbodal."),
        ("Välfärdsutvecklingsteamet", Audience.Internal, StakeholderPriority.Secondary, "Nätverk för interna medarbetare på Fyrbodals kommunalförbund inom området för välfärdsutveckling"),
        ("Kommunikatörsnätverket i Fyrbodal", Audience.External, StakeholderPriority.Secondary, "Nätverk för kommunikatörer i Fyrbodal."),
        ("Kommunakademin Väst", Audience.Internal, StakeholderPriority.Secondary, "Samverkansorganisation för att bedriva gemensam kunskaps-, kompetens- och verksamhetsutveckling som bidrar till nytta för Fyrbodals kommuner och Högskolan Väst"),
        // The second page, rebuilt by position.
        ("Förbundsdirektionen Fyrbodal", Audience.Internal, StakeholderPriority.Secondary, "Förbundsdirektionen är det politiskt beslutade organet för Fyrbodals kommunalförbund."),
        ("Ledningsgrupper Fyrbodals kommuner", Audience.External, StakeholderPriority.Secondary, "Kommundirektörens ledningsgrupper som finns i varje kommun"),
        ("Kommunala verksamhetsutvecklare inom Socialtjänst", Audience.External, StakeholderPriority.Core, "De verksamhetsutvecklare som finns för att stödja de olika verksamheterna i förändringsarbete."),
        ("E-samordnare", Audience.External, StakeholderPriority.Secondary, "Arbetsgruppen E-samordnare är de samordnare för digitaliseringsfrågor som finns på kommunalförbunden i Västra Götaland."),
        ("SSVIT", Audience.External, StakeholderPriority.Secondary, "SSVIT är den strategiska styrgruppen för digitaliseringsfrågor i VästKom."),
        ("Regionala digitaliseringsrådet", Audience.External, StakeholderPriority.Core, "Nätverk med representanter som bedriver digitaliseringsfrågor i deras organisationer. Där kommunalförbunden, VästKom, VGR, Business Region Göteborg, Högskolan Skövde och Länsstyrelsen finns representerade."),
        ("Fyrbodals kommunanställda", Audience.External, StakeholderPriority.Secondary, "De som arbetar inom kommunens verksamheter i Fyrbodal."),
        ("Allmänheten", Audience.External, StakeholderPriority.Secondary, "Med allmänheten menar vi alla de som har ett intresse för digitaliseringsfrågor."),
        ("Verksamhetsspecialister/handläggare", Audience.External, StakeholderPriority.Primary, "De som är huvudansvariga eller utförare i verksamhetsprocesserna som ska kartläggas i projektet."),
        ("Verksamhetschefer", Audience.External, StakeholderPriority.Primary, "De chefer som har resurser i de verksamhetsprocesser som ska kartläggas i projektet."),
        ("Systemförvaltare/systemansvariga", Audience.External, StakeholderPriority.Primary, "De som förvaltar eller ansvarar för de system som används i verksamhetsprocesserna som ska kartläggas i projektet."),
        ("Processägare", Audience.External, StakeholderPriority.Primary, "De som äger verksamhetsprocesserna som ska kartläggas i projektet."),
        ("Klienter/brukare", Audience.External, StakeholderPriority.Secondary, "De klienter och brukare som berörs och är delaktiga i verksamhetsprocesser inom projektets avgränsning"),
        // The third page, row by row again.
        ("Angränsande roller till aktiviteter i processerna", Audience.External, StakeholderPriority.Secondary, "De roller som bidrar till verksamhetsprocessens input eller tar emot verksamhetsprocessernas resultat"),
        ("Yrkesroller som arbetar med övergripande digitaliseringsfrågor i Sverige", Audience.External, StakeholderPriority.Secondary, "Yrkesroller som arbetar med IT- och digitaliseringsfrågor i kommunerna i Sverige."),
        ("Andra kommuner som arbetar med RPA-processer", Audience.External, StakeholderPriority.Secondary, "Andra kommuner som inte är med i projektet som arbetar med att ta fram RPA-processer."),
    ];

    /// <summary>
    /// Chapter 4: the numbered messages per priority class. The first "Förtydligande" stands after
    /// message 9 and covers messages 1-9 of the core stakeholders (its two paragraphs take up messages
    /// 1 and 4, and 2, 5 and 6). The model has no record for a priority class, so it is attached to
    /// message 9, the last of the class, where the document places it: shown in order the class reads
    /// as in the document, and the text names its own subjects. Messages 10 and 11 each have their own.
    /// The messages name no target group of their own: their class is their audience.
    /// </summary>
    internal static readonly (int Number, StakeholderPriority Priority, string Text, string? Clarification)[] Messages =
    [
        (1, StakeholderPriority.Core, "Målgrupperna ska känna att det finns ett pålitligt, kompetent och nyttigt metodstöd för deras arbete med verksamhetsutveckling och digitaliseringsfrågor.", null),
        (2, StakeholderPriority.Core, "Målgrupperna ska känna sig trygga i prioritering av digitaliseringsinsatser", null),
        (3, StakeholderPriority.Core, "Målgrupperna ska ha en förståelse för vikten av digital service med utgångspunkt i invånarnas och medarbetarnas behov.", null),
        (4, StakeholderPriority.Core, "Målgruppen ska ha en förståelse för metodik för digital verksamhetsutveckling", null),
        (5, StakeholderPriority.Core, "Målgrupperna ska känna att de har en förmåga att möta politikens och allmänhetens förväntningar.", null),
        (6, StakeholderPriority.Core, "Målgrupperna ska känna sig trygga i digitalisering och förändringsarbete, samt positiva till utveckling.", null),
        (7, StakeholderPriority.Core, "Målgrupperna ska känna att deras behov inom projektet blir tillgodosett.", null),
        (8, StakeholderPriority.Core, "Målgrupperna ska känna sig trygga i att möta medarbetarnas förväntningar, och i sin förmåga att tillhandahålla en attraktiv arbetsplats och arbetsmiljö.", null),
        (9, StakeholderPriority.Core, "Målgruppen ska ha en förståelse för sammanhållen digitalisering från ett nationellt till ett lokalt perspektiv", """
Målgrupperna ska känna till och nyttja metodstödet för verksamhetsutveckling, metodstödet ska upplevas vara pålitligt, kompetent och nyttig för deras arbete med verksamhetsutveckling och digitaliseringsfrågor. Genom metodstödet ska det skapas en förståelse för metodik för digital verksamhetsutveckling.

Socialchefer och kommunala verksamhetsutvecklare ska känna sig trygga i digitalisering, utveckling och förändringsarbete, samt i prioriteringen av digitaliseringsinsatser. De ska vidare känna sig trygga i sin förmåga att möta politikens och allmänhetens förväntningar.
"""),
        (10, StakeholderPriority.Primary, "Målgruppen ska känna att förändringen som påverkar dem kommer ge dem som individer goda effekter.",
            "För verksamhet är goda effekter att det kommer leda till en bättre arbetsmiljö genom minskad belastning och att vi värdesätter deras kompetens där det verkligen behövs, där en maskin inte kan ersätta deras kreativitet och sociala förmåga. De ska uppleva att det finns respekt och förståelse för deras pressade arbetssituation och att den tid som läggs på utvecklingsarbetet är gynnsamt för dem."),
        (11, StakeholderPriority.Secondary, "Målgruppen ska uppleva att projektet är bra sammanhållet och ligger i linje med framtidens utvecklingsarbete inom digitalisering.",
            "Att projektet ligger i linje med framtidens utvecklingsarbete inom digitalisering kan till exempel för klienter och brukare leda till en ökad delaktighet där deras behov är i centrum för att ge dem ökad självständighet och självbestämmande så att kommunen ger dem rätt stöd."),
    ];

    /// <summary>
    /// Chapter 5: channel, description, responsible role. Each page came out column by column (10
    /// names, 10 descriptions, 10 roles; then 14 of each) and is paired by position; the pairs read
    /// right ("Föreläsning" – "De föreläsningar som processledaren genomför" – Processledare; the
    /// municipalities' own channels – Projektgruppsdeltagare). "Team för kontaktpersoner inom e-hälsa."
    /// loses its stray full stop as a name. The document gives the channels no internal/external.
    /// </summary>
    internal static readonly (string Name, string Description, string Role)[] Channels =
    [
        ("Fyrbodal.se", "Webbplats för Fyrbodals kommunalförbund", "Projektledare"),
        ("Nätverksträffar för socialchefsnätverket i Fyrbodal", "Nätverk för förvaltningschefer inom socialtjänst och vård och omsorg i Fyrbodal", "Projektledare"),
        ("Nätverksträffar för IFO-chefer i Fyrbodal", "Nätverk för chefer inom individ- och familjeomsorgen i Fyrbodal", "Projektledare"),
        ("Nätverksträffar för nätverket för e-samhälle i Fyrbodal", "Nätverk med yrkesroller som arbetar med IT- och digitaliseringsfrågor i Fyrbodal", "Projektledare"),
        ("Nätverksträffar för personalchefer i Fyrbodal", "Nätverk för personalchefer i Fyrbodal", "Projektledare"),
        ("Team för kontaktpersoner inom e-hälsa", "Nätverk med yrkesroller som arbetar med e-hälsofrågor i Fyrbodal", "Projektledare"),
        ("Nätverksträffar för e-samordnare", "Mötesträffar varje månad för arbetsgruppen med e-samordnarna i kommunalförbunden", "Projektledare"),
        ("Mötesträffar för det regionala digitaliseringsrådet", "Mötesträffar för det regionala digitaliseringsrådet som även är representant för finansiären i projektet.", "Projektledare"),
        ("Samverkansyta för projektdeltagare", "Den samverkansyta som skapas för projektdeltagare.", "Bitr. projektledare"),
        ("Möten för SSVIT", "Möten med den strategiska samverkansgruppen för samordnad IT-utveckling i Västra Götaland", "Processledare för e-råd"),
        ("Facebook för Fyrbodals kommunalförbund", "Kommunikationskanal för sociala medier", "Projektledare"),
        ("Föreläsning", "De föreläsningar som processledaren genomför på beställning", "Processledare"),
        ("Fyrbodals LinkedIn", "Fyrbodals profil på LinkedIn som är sociala media för arbete", "Projektledare"),
        ("Arena för strategisk utveckling i en digital tid", "Ett samarbetsrum från Sveriges kommuner och regioner med medlemmar från kommuner som har strategiska roller inom digitalisering.", "Projektledare"),
        ("RPA-kommuner Sverige", "Ett samarbetsrum som drivs av Lidingö stad där alla Sveriges kommuner som vill samverka inom RPA-utveckling får tillträde", "Projektledare"),
        ("Kommun APT (Projektgruppens)", "Projektdeltagarnas Arbetsplatsträffar.", "Projektgruppsdeltagare"),
        ("Teammöte för välfärdsutveckling", "Fyrbodals teammöte för de som arbetar inom välfärdsutveckling.", "Projektledare"),
        ("Klient/brukares kommunikation med handläggare", "All den kommunikation som sker mellan klient/brukare och handläggare som berör den process som kartläggs.", "Projektgruppsdeltagare"),
        ("Kommunens intranät", "Kommunens interna kommunikationsplattform för organisationen.", "Projektgruppsdeltagare"),
        ("Kommunens hemsida", "Kommunens externa kommunikationsplattform för organisationen.", "Projektgruppsdeltagare"),
        ("Kommunens sociala medier", "Kommunens sociala medier främst Facebook och LinkedIn", "Projektgruppsdeltagare"),
        ("Lokalpressen", "De lokala nyhetsbyråer som finns i kommunerna.", "Projektledare"),
        ("Dela digitalt", "Nationell digital plattform för att dela utvecklingsarbeten i kommunerna.", "Projektledare"),
        ("Projektets digitala plattform", "Den digitala plattform som kommer att etableras för att publicera projektets resultat för handbok, rutinramverk och processer.", "Bitr. projektledare"),
    ];

    public static CommunicationPlan Create(Project project)
    {
        var plan = DemoCommunication.NewPlan(project, Title);
        plan.Status = PlanStatus.Adopted;
        plan.AdoptedBy = "Styrgruppen";
        plan.AdoptedOn = new DateOnly(2020, 8, 28);
        plan.DocumentVersion = "1.0";
        plan.Revisions.Add(new PlanRevision
        {
            DocumentVersion = "1.0",
            At = new DateTime(2020, 8, 28, 0, 0, 0, DateTimeKind.Utc),
            By = "Styrgruppen",
            Note = "Den 28 augusti 2020 valde styrgruppen för projektet att godkänna kommunikationsplanen.",
        });
        plan.Background = Background;
        plan.Purpose = Purpose;
        plan.Approach = Approach;
        plan.CoreDefinition = CoreDefinition;
        plan.PrimaryDefinition = PrimaryDefinition;
        plan.SecondaryDefinition = SecondaryDefinition;

        // 2.3 Kommunikationsmål. The project has no stated end, so the third goal has no deadline.
        var conferences = new MeasurableGoal { Text = "Projektet ska ha presenterats på två konferenser", Kind = MeasureKind.Quantitative, Target = 2, Unit = "konferenser", Order = 1 };
        plan.MeasurableGoals.Add(conferences);
        plan.MeasurableGoals.Add(new MeasurableGoal { Text = "Projektet ska ha omnämnts med en positiv infallsvinkel i lokalpressen", Kind = MeasureKind.Qualitative, Order = 2 });
        plan.MeasurableGoals.Add(new MeasurableGoal { Text = "Projektets digitala plattform ska nå 100 unika besökare innan projektet avslutas", Kind = MeasureKind.Quantitative, Target = 100, Unit = "unika besökare", Order = 3 });

        foreach (var (name, audience, priority, description) in TargetGroups)
        {
            plan.AddGroup(name, audience, priority, description);
        }
        foreach (var (number, priority, text, clarification) in Messages)
        {
            plan.Messages.Add(new PlanMessage { Number = number, Priority = priority, Text = text, Clarification = clarification, Order = number });
        }
        foreach (var (name, description, role) in Channels)
        {
            plan.AddChannel(name, description, role);
        }

        // 6.1: the eight activities, their heading as "what". Sentences that do the work go to "how",
        // sentences that only give the reason to "why" (split at sentence ends, words unchanged). The
        // text names roles, not people, so there are no responsible people; it names no channel or
        // target group by its register name, so none is linked. Only 6.1.3 says when: "löpande".
        var conference = plan.AddActivity("Medverka på konferenser");
        conference.How = "Projektledare och biträdande projektledare ska försöka i så stor utsträckning vara med på de konferenser i Fyrbodals närområde som har fokus på området digitalisering och/eller socialtjänst för att presentera projektet.";
        // Presenting at conferences is what 2.3's first goal counts. How much one completion adds is for
        // the communicator to say per conference, so no contribution is set.
        conference.MeasurableGoal = conferences;

        plan.AddActivity("Föreläsningar om projektet").How =
            "Projektledare och biträdande projektledare kommer att göra sig tillgänglig för föreläsningar om projektet till de som är intresserade. Kommunerna i Fyrbodal kan boka föreläsning efter tillgång och efterfrågan. Två material ska tas fram som presenterar projektet i sin helhet varav ett ska riktas till ledningsgrupper och ett till verksamhetspersonal.";

        plan.AddActivity("Statusuppdateringar till projektorganisation", timing: "löpande").How =
            "Projektledare och biträdande projektledare kommer löpande uppdatera projektorganisationen kring projektets progress, samt rapportera vid eventuella avvikelser, så att projektorganisationen har möjlighet att följa utvecklingen kring vad som sker i projektet.";

        plan.AddActivity("Nyhetsuppdateringar").How =
            "Publik information om projektets progress och inplanerade projektaktiviteter såsom medverkan på konferenser och föreläsningar om projektet kommer kommuniceras i tillämpliga kanaler för att nå de intressenter som ej tillhör projektorganisationen.";

        var material = plan.AddActivity("Verksamhetsnära presentationsmaterial");
        material.How = "Presentationsmaterial ska tas fram för att kunna stödja projektdeltagarna i att redovisa projektets framskridande för den egna verksamheten. Fokus ska läggas på hur det blir bättre för verksamheten med till exempel tidsvinster och förbättrad arbetsmiljö.";
        material.Why = "Materialet är en viktig del för att stödja i förändringsledningen.";

        var examples = plan.AddActivity("Verksamhetsnära exempel");
        examples.How = "Under projektet ska projektdeltagarna få möjlighet att vara aktiva i att reflektera och dokumentera projektets effekter på dem och även i verksamheten. De ska hjälpas åt att till exempel göra korta filmer som förmedlar ett budskap om att förändringen leder till nytta. Det kan handla om att till exempel ställa korta frågor till en kollega eller göra egna reflektioner.";
        examples.Why = "En förhoppning med aktiviteten är att vi får material som visar en positiv sida av att digitalisera som leder till nytta både för verksamhet och brukare.";

        plan.AddActivity("Effektmätningar").Why =
            "För att projektet ska kunna mäta om de uppnår de effekter som är satta behövs en aktivitet för att kommunicera varför mätningen görs, vad resultatet kommer leda till och hur mätningen kommer genomföras.";

        var report = plan.AddActivity("Slutrapport");
        report.Why = "För att dokumentera lärdomar från projektet och projektets resultat kommer en slutrapport författas, i syfte att de lärdomar som projektet resulterar i kan tas tillvara på i framtida projekt.";
        report.How = "Slutrapporten omfattar en sammanfattning av projektets syfte och mål, utvärdering av måluppfyllnad, analys av projektförloppet. Utvärdering av projektorganisationen, kvalitetsuppföljning etc.";
        return plan;
    }
}
