namespace Kommunpilot.Features.Demo;

/// <summary>Texts of the Lund project description (shared/seeds/001), as written.</summary>
internal static class LundTexts
{
    public const string Background = """
För att fortsatt kunna ge invånarna i Lunds kommun en kostnadseffektiv service med hög kvalitet och säkra välfärden framöver, finns behov av effektivare arbetssätt samt ökat samarbete inom kommunen. Det har bland annat kommunfullmäktige slagit fast i ekonomi- och verksamhetsplan för Lunds kommun 2021–2023.

Under våren 2021 fick därför serviceförvaltningen i uppdrag av Servicenämnden att ta fram en nulägesanalys över omfattningen av nuvarande servicetjänster i Lunds kommun. Analysen konstaterade att servicetjänster utförs både av förvaltningarna själva, av privata leverantörer samt av serviceförvaltningen inom kommunens olika verksamheter. Det saknas ett helhetsperspektiv, vilket kan leda till betydligt sämre möjligheter att uppnå målet om att skapa ökad likvärdighet i servicen som kommunen levererar.

Servicenämnden beslutade 2021-06-09 att ge serviceförvaltningen i uppdrag att ta fram ett förslag på pilotprojekt för att testa samordnade servicetjänster tillsammans med några andra förvaltningar inom ett geografiskt avgränsat område i kommunen. Förslaget har under hösten 2021 utarbetats tillsammans med representanter för barn- och skolförvaltningen, kultur- och fritidsförvaltningen, utbildningsförvaltningen och vård- och omsorgsförvaltningen och totalt sju verksamheter föreslås utgöra projektets pilotverksamheter.

Beställare av projektet är Servicenämnden, genom servicedirektör Pål Svensson.
""";

    public const string Vision = """
Målet med samordnade servicetjänster är att skapa förutsättningar för en kostnadseffektiv serviceorganisation med god och likvärdig kvalitet, som också ger förvaltningarna möjlighet att fullt ut fokusera på sina huvuduppdrag för bättre leverans till lundaborna. Allt tillsammans leder till en långsiktig, bättre välfärd.
""";

    public const string EffectGoal = """
Syftet med pilotprojektet är att testa och utvärdera modellen med samordnade servicetjänster, där servicetjänster från serviceförvaltningen skapar en bättre arbetsmiljö för både serviceförvaltningens och kommunens övriga förvaltningars verksamheter och ett effektivare resursnyttjande. Kommunens verksamheter ska kunna fokusera på sina respektive basuppdrag genom att de får kvalitativt stöd med de servicetjänster som inte ingår i verksamheternas ordinarie kompetensområden.

För att kunna utvärdera och följa pilotprojektet har en ekonomisk uppföljningsstruktur tagits fram i syfte att enkelt kunna ta fram resultaträkningsrapporter kopplade till pilotprojektet. Därtill har nyckeltal tagits fram tillsammans med respektive pilotverksamhet. Fokus har varit att både ta fram nyckeltal som mäter effekten det vill säga måluppfyllnaden (eftersläpande nyckeltal), samt att ta fram nyckeltal som mäter det som leder till måluppfyllnaden (ledande nyckeltal).
""";

    public const string ProjectGoal = """
Pilotprojekt samordnade servicetjänster ska under 2022-01-01 t.o.m. 2023-12-31 genomföra samordning av servicetjänster, inkluderat det av pilotverksamheten framtagna urvalet av utvecklade servicetjänster, på de sju pilotverksamheterna. Pilotprojektet ska följas upp löpande utifrån angivna nyckeltal och rapporteras till samtliga berörda förvaltningsledningar och kontaktpersoner på pilotverksamheter. Parallellt ska projektet arbeta fram en tjänstekatalog för serviceförvaltningens tjänsteutbud, ta fram slutlig uppdragsbeskrivning av servicemedarbetare inom serviceförvaltningen och förslag på tillvägagångssätt för att skala upp samordning av servicetjänster inom Lunds kommun. Projektet ska också utreda hur de så kallat fastighetsnära facility management-tjänsterna integreras i samordnade servicetjänster. Projektet kommer att utvärderas i två omgångar, första gången under januari 2023 och därefter i augusti 2023. Förslag på det fortsatta arbetet, tillsammans med utvärderingsresultat av pilotprojekt samordnade servicetjänster, ska vara färdigställt i början av oktober 2023 för att lyftas i politiken.
""";

    public const string ScopeIntro = """
Pilotprojektet omfattar initialt sju pilotverksamheter, där avtal i nuläget endast är tecknat med en verksamhet. De övriga sex pilotverksamheterna har fått eller kommer inom kort att få lösningsförslag och offerter att ta ställning till. Pilotprojektet kan komma att successivt utökas under pilotprojektets gång, både i antal servicetjänster som utförs och i antal pilotverksamheter. I dessa fall dokumenteras detta enligt punkt 2.4.
""";

    public const string FollowUp = """
Pilotprojektet kommer att följas upp genom fastställda kvalitativa och ekonomiska nyckeltal och rapporteras till samtliga berörda förvaltningar. Därtill ska projektets totala ekonomiska påverkan på serviceförvaltningen följas upp löpande och rapporteras till serviceförvaltningens ledningsgrupp samt servicenämnden. Samtliga uppföljningsrapporter följer ordinarie tidpunkt för delårsrapporteringar, novemberprognoser samt årsanalyser. Den första rapporteringen sker i maj 2022.

Pilotprojektets ekonomiska uppföljningsstruktur är utvecklad i syfte att kunna docka i ordinarie verksamhets ekonomiska redovisning, dels för att möjliggöra uppföljning med all den funktionalitet som verksamheten redan har utvecklat och nyttjar, dels för att enklare kunna följa hur pilotprojektet påverkar helheten. Strukturen är uppbyggd så att det går att följa både budget och utfall.

Uppföljningen kan göras i olika nivåer antingen hela pilotprojektet eller per objekt/avtal som ingår i projektet. Det går även att se vilka typer av tjänster som säljs, antal arbetade timmar med mera. Utöver de ekonomiska resultatrapporterna har antal nyckeltal tagits fram i syfte att ställa i relation till utfallet i rapporterna och därmed skapa en bredare bild av projektets utfall.

Nyckeltalen är framtagna i samarbete med de sju olika pilotverksamheterna och utgår ifrån områdena "kundnöjdhet och kvalitet", "ekonomi", "arbetsmiljö" och effektivitet. Framtagandet tog sin utgångspunkt i vad pilotverksamheterna såg behov av att mäta inom de olika områdena. Därefter värderades dessa behov utifrån nyttan i förhållande till insatsen som krävdes för att mäta. Slutligen resulterade detta i nyckeltal som är relevanta, mätbara och är en del i att påvisa huruvida de effekter som pilotverksamhet önskar nå genom samordnade servicetjänster uppnås eller ej.

Projektet utvärderas vid två tillfällen utifrån fastställda nyckeltal, ekonomiskt resultat, serviceförvaltningens erfarenheter samt pilotverksamheternas och servicemedarbetarnas upplevelse. Den första utvärderingen utförs under januari 2023, det vill säga när pilotprojektet varit igång i cirka ett år, och rapporteras i februari 2023. Den andra utvärderingen utförs under augusti 2023 och rapporteras i september 2023.

Totalt ska åtta uppföljningsrapporter tas fram under pilotprojektet. Slutrapport för pilotprojekt Samordnade servicetjänster ska vara fastställd per den 30 januari 2024.
""";

    public const string Description = """
Pilotprojektet avseratt testa och utvärdera modellen med samordnade servicetjänster tillsammans med sju pilotverksamheter, parallellt som projektgruppen tar fram förutsättningar och lösningar för att kunna utöka projektet storskaligt.

De sju pilotverksamheter har själva tagit fram de servicetjänster de ser behov av, dels för att bedriva verksamhet, dels för att avlasta pilotverksamheterna och möjliggöra att mer tid och fokus kan läggas på kärnuppdraget. Pilotprojektet är avhängigt att pilotverksamheter och serviceförvaltningen tecknar överenskommelse för utförande av de servicetjänster pilotverksamheterna önskat få utförda.

Samarbete, delaktighet och kommunikation är viktiga ledord i genomförandet och servicemedarbetarna kommer att vara del av verksamhetsteamet oavsett organisatorisk tillhörighet. Genom nära samarbete med pilotverksamheterna kan justeringar göras löpande under pilotens gång för att uppnå bästa möjliga resultat för både utförande och mottagande förvaltning. Servicemedarbetarna till pilotprojektet väljs ut specifikt till uppdraget. Detta eftersom projektet har behov av att starta med medarbetare som redan har flertalet av de kompetenser som krävs för pilotprojektet. Det är av stor vikt för pilotprojektet att medarbetarna själva brinner för att utvecklas och utveckla verksamheten och har en hög servicekänsla och god förståelse för konceptet med servicemedarbetare. Tillsammans med dessa medarbetare kommer rollen som servicemedarbetare att kunna formas på ett bra sätt, för att lägga grunden till den framtida rollen som servicemedarbetare inom serviceförvaltningen.

I förberedelserna till pilotprojektet har intressentanalyser och SWOT-analyser genomförts med respektive pilotverksamhet. Därtill har varje verksamhet, tillsammans med serviceförvaltningen, tagit fram de nyckeltal som verksamheten önskar följa under pilotprojektet. Både resultat och trend ska redovisas löpande genom uppföljningsrapport till samtliga berörda förvaltningars ledningsgrupper och till Servicenämnden med start maj 2022. Totalt kommer åtta uppföljningsrapporteringar att genomföras inom ramen för samordnade servicetjänster.

Ekonomisk rapport avseende projektets totala ekonomiska påverkan för serviceförvaltningen rapporteras till serviceförvaltningens ledningsgrupp och till Servicenämnden vid ordinarie delårsrapporteringar, novemberprognoser samt vid årsanalyserna. Rapporten innefattar resultat, kompetensutvecklingskostnader samt andra kostnader och intäkter som kan hänföras till samordnade servicetjänster.

Två utvärderingar av pilotprojektet att genomföras, den första efter ett år och den andra i samband med delårsrapportering 2, september år 2023. Utöver sammanställning av nyckeltal och resultat kommer intervjuer genomföras med pilotverksamheter, chefer och servicemedarbetare för att skapa en helhetsbild av upplevelsen och tydliggöra vilka effekter som uppnåtts.

För att möjliggöra vidareutveckling av pilotprojekt samordnade servicetjänster till ett storskaligt genomförande krävs en hel del grundläggande arbete och utredningar, men också politiskt kommunövergripande beslut. Under pilotprojektets gång kommer därför projektgruppen att arbeta fram de förutsättningar och möjliga lösningar för en framtida successiv utökning av Samordnade servicetjänster. Genom benchmarking med regioner och kommuner som redan idag bedriver sin verksamhet genom denna typ av samordning och helhetsansvar har projektet en bra bild av möjliga lösningar på en väg framåt. Projektgruppen ska använda de goda erfarenheterna och utveckla dem utifrån de specifika behov och förutsättningar som råder i Lunds kommun. Arbetet omfattar exempelvis tjänstekatalog med servicetjänster som tillhandahålls, rollbeskrivning för servicemedarbetare och utredning kring de fastighetsnära facility management-tjänster i kommunen. Projektgruppen ska arbeta fram en projektbeskrivning för ett möjligt kommande storskaligt projekt för samordnade servicetjänster, där konkreta behov av standardisering, digital utveckling och effektiviseringar lyfts fram utifrån erfarenheter från arbetet med pilotverksamheterna och utförandet av samordnade servicetjänster inom pilotprojektet.

Pilotprojektet är småskaligt och avgränsat och utförs av serviceförvaltningen tillsammans med berörda förvaltningars kontaktpersoner, på uppdrag från Servicenämnden. För att ett storskaligt projekt ska vara möjligt att genomföra, krävs ett övergripande beslut från kommunens politiska ledning. Det krävs ett kommunövergripande samarbete, ett ekonomiskt helhetsperspektiv och tydliga organisationsstrukturer för frågor på strategisk respektive operativ nivå. Under pilotprojektet är det projektgruppens uppdrag att tydliggöra dessa förutsättningar för att möjliggöra ett storskaligt projekt för samordnade servicetjänster.
""";
}
