using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;

namespace Kommunpilot.Features.Demo;

/// <summary>The projects of the source documents (shared/seeds), as demo data.</summary>
internal static class DemoProjects
{
    public static IEnumerable<Project> Create(DemoOrganizations orgs)
    {
        yield return LundPilot(orgs.Lund);
        yield return LundCitizenService(orgs.Lund);
        yield return FyrbodalH044(orgs.Fyrbodal);
        yield return LekebergNaraVard(orgs.Lekeberg);
    }

    private static Unit UnitOf(Organization org, string name) =>
        org.Departments.SelectMany(d => d.Units).Single(u => u.Name == name);

    private static Project New(Organization org, string name)
    {
        var p = new Project { Name = name, OrganizationId = org.Id, IsDemo = true };
        p.Owners.Add(new ProjectOwner { OrganizationId = org.Id });
        return p;
    }

    /// <summary>001: Projektbeskrivning Samordnade servicetjänster – pilotprojekt, SN 2021/0083.</summary>
    private static Project LundPilot(Organization lund)
    {
        var p = New(lund, "Samordnade servicetjänster");
        p.Subtitle = "Pilotprojekt";
        p.Status = ProjectStatus.Completed;
        p.StartDate = new DateOnly(2022, 1, 1);
        p.EndDate = new DateOnly(2023, 12, 31);
        p.Header = new DocumentHeader
        {
            DocumentType = "Projektbeskrivning",
            DecisionBody = "Projektägaren",
            DecisionDate = new DateOnly(2021, 11, 25),
            RegistrationNumber = "SN 2021/0083",
            DocumentOwner = "Projektledare",
            PreparedWith = "Projektgrupp",
            LastRevised = new DateOnly(2021, 11, 19),
        };
        p.Commissioner = "Servicenämnden, genom servicedirektör Pål Svensson";
        p.Owner = "Serviceförvaltningen";
        p.Background = LundTexts.Background;
        p.FollowUp = LundTexts.FollowUp;
        p.Description = LundTexts.Description;

        p.Goals.Add(new Goal { Kind = GoalKind.Vision, Text = LundTexts.Vision, Order = 1 });
        p.Goals.Add(new Goal { Kind = GoalKind.Effect, Text = LundTexts.EffectGoal, Order = 2 });
        p.Goals.Add(new Goal { Kind = GoalKind.Project, Text = LundTexts.ProjectGoal, Order = 3 });

        p.ScopeLimits.Add(new ScopeLimit { Order = 1, Description = LundTexts.ScopeIntro });
        p.ScopeLimits.Add(new ScopeLimit
        {
            Order = 2,
            Description = "Fastighetsnära servicetjänster som utförs av Lundafastigheter avgränsas initialt, detta omfattar exempelvis planerat underhåll, till- och ombyggnationer, mindre anpassningar och reparationsarbeten, felavhjälpande underhåll, drift av fastighet, grönyteskötsel. Under pilotprojektet ska utredning genomföras gällande hur dessa tjänster kan integreras i samordnade servicetjänster i ett nästa steg. Delar av dessa servicetjänster kan också komma att successivt lyftas in under pilotprojektet som del i utredningsarbetet.",
            Reason = "Det krävs en mer djupgående utredning hur samordnade servicetjänster kan inkludera tjänster som idag omfattas av hyresavtalet och/eller externa fastighetsägares åtaganden på ett bra och effektivt sätt.",
        });
        p.ScopeLimits.Add(new ScopeLimit
        {
            Order = 3,
            Description = "Måltidsservice verksamhet avgränsas initialt. Under pilotprojektet kan måltidstjänster komma att integreras utifrån verksamheternas behov och tillkommande avtal.",
            Reason = "I väntan på beslut gällande Samlad måltidsorganisation.",
        });
        p.ScopeLimits.Add(new ScopeLimit { Order = 4, Description = "Mobilitetsservice inom Markentreprenad omfattas inte av projektet." });
        p.ScopeLimits.Add(new ScopeLimit { Order = 5, Description = "I de fall verksamheter har avtal med externa leverantörer anpassas ingången i samordnade servicetjänster utifrån avtalstiderna." });

        void Site(string unit, DateOnly start, bool preliminary, AgreementStatus status, string explanation) =>
            p.PilotSites.Add(new PilotSite { Unit = UnitOf(lund, unit), PlannedStart = start, StartIsPreliminary = preliminary, AgreementStatus = status, Explanation = explanation });
        Site("Pilotverksamhet 1", new DateOnly(2022, 1, 1), false, AgreementStatus.Signed,
            "Pilotverksamhet 1 valdes i samband med deras önskan att serviceförvaltningen skulle överta ansvar, resurser och utförande av lokalvårdstjänster på enheten. Samverkansprocessen kring medarbetarna kunde inledas tidigt under hösten -21 och avtalet börjar gälla per den 1 januari 2022.");
        const string bsf = "De tänkta pilotverksamheterna har redan ett löpande lokalvårdsavtal med serviceförvaltningen som kompletteras med de behov av servicetjänster som rektor lyft. Offert och lösningsförslag är under framtagande och piloten beräknas kunna starta per den 1 februari 2022";
        Site("Pilotverksamhet 2", new DateOnly(2022, 2, 1), true, AgreementStatus.QuoteInPreparation, bsf);
        Site("Pilotverksamhet 3", new DateOnly(2022, 2, 1), true, AgreementStatus.QuoteInPreparation, bsf);
        Site("Pilotverksamhet 4", new DateOnly(2022, 2, 1), true, AgreementStatus.QuoteInPreparation, bsf);
        const string voo = "För utförande av servicetjänster inom vård- och omsorgsförvaltningen krävs specifika utbildningar för servicemedarbetarna. Dessa kommer att genomföras under januari-februari 2022. Offert och lösningsförslag är under framtagande och piloten beräknas kunna starta per den 1 mars 2022.";
        Site("Pilotverksamhet 5", new DateOnly(2022, 3, 1), true, AgreementStatus.QuoteInPreparation, voo);
        Site("Pilotverksamhet 6", new DateOnly(2022, 3, 1), true, AgreementStatus.QuoteInPreparation, voo);
        Site("Pilotverksamhet 7", new DateOnly(2022, 4, 1), true, AgreementStatus.ExternalContractNotice,
            "Pilotverksamhet 7 har ett externt avtal avseende lokalvård med uppsägningstid.");

        void Deliver(string code, string description, string? comment = null) =>
            p.Deliverables.Add(new Deliverable { Code = code, Description = description, Comment = comment });
        Deliver("L1", "Uppföljningsrapport till berörda förvaltningar, serviceförvaltningens ledningsgrupp samt Servicenämnden. Omfattar fastställda kvalitativa och ekonomiska nyckeltal för projektet. Ekonomisk rapport avseende projektets totala ekonomiska påverkan för serviceförvaltningen rapporteras till serviceförvaltningens ledningsgrupp och Servicenämnden. Samtlig rapportering följer tidpunkt för delårsrapporteringar, novemberprognoser samt årsanalyser.", "Löpande under hela pilotprojektet");
        Deliver("L2", "Tjänstekatalog med beskrivna tjänster, servicenivå och pris per timme, version 1.0. En icke-digital version som första grund, vilken ska nyttjas under tiden för utveckling av digital lösning för tjänstekatalogen. Strukturen ska baseras på av styrgrupp fastställda nivåer på tjänster, exempel på möjlig kategorisering är obligatoriska tjänster, avropsbara tjänster och tilläggstjänster.");
        Deliver("L3", "Rollbeskrivning servicemedarbetare inkl. kompetensutvecklingsplan och fastställande av grundutbildning service och bemötande för alla servicemedarbetare. Kompetensutvecklingsplanen ska innehålla en bas av kompetensutveckling utifrån de behov projektet kan urskilja i piloten och kommer att vara ett levande dokument. Rollbeskrivningen ska godkännas av styrgrupp och samverkas med fackliga organisationer.");
        Deliver("L4", "Utredning avseende hur projektet ska integrera fastighetsnära facility management-tjänster i Samordnade servicetjänster. Hur arbetet kan harmonisera med gränsdragningslistor och hyresmodeller, vilka eventuella särskiljningar som krävs, resursbehov och övriga åtgärder kopplade till en integrering i pilotprojektet. Utredningen ska i första hand lyftas till styrgrupp för dialog om vidare hantering.");
        Deliver("L5", "Projektbeskrivning Samordnade servicetjänster i utökad skala, inkl. digitaliseringsåtgärder för effektivare och smartare arbetssätt. Pilotprojektet ska ta fram en projektbeskrivning för hur Samordnade servicetjänster kan utökas i omfattning, både med antal verksamheter och med antal tjänster, samt ta fram nödvändiga förutsättningar för att kunna genomföra en sådan utökning. Projektbeskrivningen ska också innehålla förslag på åtgärder som möjliggör effektivare och smartare arbetssätt, exempel på detta skulle kunna vara förslag på digitala hjälpmedel, standardiseringsmodeller, effektiva metoder för kvalitetssäkring, kostnadseffektiverande upphandlingar med mera. Projektbeskrivningen ska också innefatta beskrivning av de nödvändiga grupperingar inom kommunen som kommer att krävas för att lyfta projektet till storskalighet, exempelvis strategiska nivåer och operativa nivåer, projektledare inom de olika förvaltningarna. Projektbeskrivningen ska i första hand lyftas till styrgrupp för dialog om vidare hantering. För storskalighet krävs beslut från kommunledning och politik.");
        Deliver("L6", "Digital tjänstekatalog med beskrivna tjänster, servicenivå och pris per timme, version 2.0. Tjänstekatalogen ska möjliggöra beställning av servicetjänster på ett smidigt sätt för förvaltningarna, utvecklingen av digitala lösningen behöver synkroniseras med beslut på omfattning av Samordnade servicetjänster i utökad skala. Den digitala tjänstekatalogen behöver föregås av kommunledningsbeslut gällande kategorisering av tjänster.", "Genomförs i samarbete med serviceförvaltningens projekt En väg in.");
        Deliver("L7", "Utvärderingsrapport pilotprojekt Samordnade servicetjänster. Utvärdering av pilotprojektet ska genomföras vid två tillfällen, efter cirka 1 år och efter cirka 1,5 år. Vid båda dessa tillfällen ska utvärderingsrapport tas fram och rapporteras till styrgrupp, berörda förvaltningar, serviceförvaltningens ledningsgrupp samt Servicenämnden.\n\nUtvärderingsrapporterna omfattar sammanställning förflyttning gällande fastställda nyckeltal, ekonomiskt resultat, serviceförvaltningens erfarenheter samt pilotverksamheternas och servicemedarbetarnas upplevelse.", "Totalt två utvärderingsrapporter");
        Deliver("L8", "Slutrapport av pilotprojekt samordnade servicetjänster. Pilotprojektet slutrapporteras enligt Lunds kommuns projektmodell och projektägare fastställer slutrapport. Slutrapporten delges styrgrupp, berörda förvaltningar, serviceförvaltningens ledningsgrupp och Servicenämnden. Utifrån resultat av L5 kan slutrapport innehålla förslag på fortsatt arbete, projektbeskrivning Samordnade servicetjänster i utökad skala, samt kompletteras med politiskt ärende gällande förslag till projektdirektiv Samordnade servicetjänster i utökad skala.");
        p.Deliverables.Single(d => d.Code == "L8").DueDate = new DateOnly(2024, 1, 30);

        string[] milestones =
        [
            "Fastställda nyckeltal och uppföljningsmetoder",
            "Beslut struktur kategorisering av tjänster för tjänstekatalog",
            "Samverkansprotokoll avseende godkänd uppdragsbeskrivning",
            "Beslut från styrgrupp avseende fastighetsnära facility management-tjänster",
            "Kommunledningsbeslut avseende fortsatt arbete med Samordnade servicetjänster (utifrån projektbeskrivningen)",
            "Politiskt beslut avseende fortsatt arbete med Samordnade servicetjänster (utifrån projektbeskrivning)",
            "Beslut om investering i utveckling av digital tjänstekatalog",
        ];
        string?[] bodies = ["Styrgrupp", "Styrgrupp", "Fackliga organisationer", "Styrgrupp", "Kommunledningen", "Kommunfullmäktige", "Kommunledningen"];
        for (var i = 0; i < milestones.Length; i++)
        {
            p.Milestones.Add(new Milestone { Decision = milestones[i], DecisionBody = bodies[i], Order = i + 1 });
        }

        p.Members.Add(new ProjectMember { Group = ProjectGroup.SteeringGroup, Name = "Pål Svensson", Role = "Servicedirektör, beställarens företrädare", Affiliation = "Serviceförvaltningen" });
        p.Members.Add(new ProjectMember { Group = ProjectGroup.ProjectGroup, Name = "Projektgruppen", Role = "Tar fram projektbeskrivningen", Affiliation = "Serviceförvaltningen" });
        foreach (var dept in new[] { "Utbildningsförvaltningen", "Barn- och skolförvaltningen", "Vård- och omsorgsförvaltningen", "Kultur- och fritidsförvaltningen" })
        {
            p.Members.Add(new ProjectMember { Group = ProjectGroup.ContactPerson, Name = $"Kontaktperson, {dept.ToLowerInvariant()}", Role = "Kontaktperson för pilotverksamheterna", Affiliation = dept });
        }
        return p;
    }

    /// <summary>003: Pilotprojekt Medborgarservice i Södra Sandby, Genarp samt Lund stad.</summary>
    private static Project LundCitizenService(Organization lund)
    {
        var p = New(lund, "Medborgarservice i Södra Sandby, Genarp samt Lund stad");
        p.Subtitle = "Pilotprojekt";
        p.Status = ProjectStatus.Completed;
        p.StartDate = new DateOnly(2016, 2, 1);
        p.EndDate = new DateOnly(2016, 12, 31);
        p.Header = new DocumentHeader { DocumentType = "Förslag till pilotprojekt" };
        p.Commissioner = "Kommunstyrelsen";
        p.Owner = "Avdelningen för kommunikation och medborgarkontakt, kommunkontoret";
        p.Background = "Medborgarens möjlighet till ett fysiskt möte i kontakten med kommunen är idag centrerad till de östra delarna av kommunen (fyra medborgarkontor) och servicecenter/medborgarkontor i Kristallen. Genom ett pilotprojekt föreslås testa och utreda nya och effektivare arbetssätt för medborgarkontoren, bland annat förutsättningar för ökad platsnärvaro i hela Lunds kommun.\n\nMedborgarkontoren med placering i Södra Sandby och Genarp har sedan start, år 2001, varit de kontor som medborgarna använt och använder minst.";
        p.Description = "Medborgarkontoren i Södra Sandby och Genarp erbjuder möjlighet till fysiska besök på befintliga kontor vid fasta tillfällen minst två vardagar i veckan. De två medborgarkontoren erbjuder minst tio timmar med fast öppettid, en av dagarna är öppettiden fram till 18.00. Därutöver erbjuds föreningar, grupper och medborgare att boka en samhällsvägledare vid behov till enskilda möten.";
        foreach (var unit in new[] { "Medborgarkontoret Södra Sandby", "Medborgarkontoret Genarp", "Servicecenter Kristallen" })
        {
            p.PilotSites.Add(new PilotSite { Unit = UnitOf(lund, unit), PlannedStart = new DateOnly(2016, 2, 1), AgreementStatus = AgreementStatus.Signed });
        }
        return p;
    }

    /// <summary>002: Digitala processer för socialtjänst i Fyrbodal, H044.</summary>
    private static Project FyrbodalH044(Organization fyrbodal)
    {
        var p = New(fyrbodal, "Digitala processer för socialtjänst i Fyrbodal");
        p.Code = "H044";
        p.Status = ProjectStatus.Ongoing;
        p.StartDate = new DateOnly(2020, 4, 20);
        p.Header = new DocumentHeader { DocumentType = "Projektplan", DecisionBody = "Socialchefsnätverket", DecisionDate = new DateOnly(2020, 3, 13) };
        p.Commissioner = "E-råd, Fyrbodals kommunalförbund";
        p.Funder = "Regionutvecklingsnämnden i Västra Götaland";
        p.ProjectLeader = "Sara Herrman, Fyrbodals kommunalförbund";
        p.Background = "Den 20 april 2020 startade projektet ”Digitala processer i Fyrbodal” efter att projektplanen blivit godkänd av Socialchefsnätverket den 13 mars 2020. Projektet är ett pilotprojekt inom socialtjänsten i Fyrbodals kommuner. Den 28 augusti 2020 valde styrgruppen för projektet att godkänna kommunikationsplanen.\n\nProjektet ska öka kompetensen hos projektdeltagarna inom olika metoder för verksamhetsutveckling där fokus ligger på att digitalisera verksamhetsprocesser. Processkartläggningar är ett verktyg som hjälper till att visualisera verksamheten och tydliggöra relationer och samband. Visualiseringen hjälper även till att föra in fler perspektiv för att analysera och diskutera hur verksamheten kan förbättras. Ett gediget processarbete för att optimera verksamhetsprocesser är en förutsättning för att kunna ställa om och hitta mer effektiva sätt att arbeta på. När ska vi automatisera? När behöver vi en e-tjänst? När ska vi använda RPA, BI och AI? Det behövs ett stöd för kommunerna i hur de ska gå tillväga för att välja rätt teknik för att öka kvaliteten och effektiviteten i verksamheten och möta invånarnas förväntningar.";
        p.Members.Add(new ProjectMember { Group = ProjectGroup.ProjectGroup, Name = "Sara Herrman", Role = "Projektledare", Affiliation = "Fyrbodals kommunalförbund" });
        p.Members.Add(new ProjectMember { Group = ProjectGroup.SteeringGroup, Name = "Styrgruppen", Role = "Godkände kommunikationsplanen 2020-08-28", Affiliation = "Fyrbodals kommunalförbund" });
        return p;
    }

    /// <summary>004: Nära vård – Hälsa tillsammans, Lekebergs kommun.</summary>
    private static Project LekebergNaraVard(Organization lekeberg)
    {
        var p = New(lekeberg, "Nära vård – Hälsa tillsammans");
        p.Status = ProjectStatus.Ongoing;
        p.StartDate = new DateOnly(2022, 1, 1);
        p.Owner = "Socialförvaltningen";
        p.Background = "Omställningen till Nära vård, nationellt och lokalt. Projektets andra år (2023) följer upp kommunikationen från det första året och involverar de verksamheter som inte involverades då: ekonomiavdelningen, administrativa avdelningen, HR och måltidsenheten, samt kontinuerlig information till Socialnämnden och Kommunstyrelsen.";
        p.Goals.Add(new Goal { Kind = GoalKind.Project, Order = 1, Text = "Att alla hjälper till med välfärdsutmaningarna som vi har framför oss, så att omställningsarbetet till Nära vård lyckas, både nationellt och lokalt." });
        return p;
    }
}
