using System.Net;
using DocumentFormat.OpenXml.Wordprocessing;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;
using static Kommunpilot.Tests.Communication.Documents.DocumentsTestKit;

namespace Kommunpilot.Tests.Communication.Documents;

public abstract class WordExportTests(AppFactory app)
{
    [Fact]
    public async Task The_sample_plan_exports_as_a_valid_plan_with_its_sections_in_order()
    {
        var ctx = await app.NewPlanContextAsync();
        var client = await app.SignedInAsync(ctx.Tenant);

        var response = await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/docx");
        var bytes = await response.FileAsync(DocxType);
        var title = await app.PlanTitleAsync(ctx.PlanId);
        Assert.Equal($"{title}.docx", response.Content.Headers.ContentDisposition?.FileNameStar);

        using var doc = ValidWord(bytes);
        var main = doc.MainDocumentPart!;
        Assert.Equal(ctx.Tenant.OrganizationName, Paragraphs(main, "Avsandare").Single());
        Assert.Equal(title, Paragraphs(main, "Title").Single());
        Assert.StartsWith("Kommunikationsprojekt", Paragraphs(main, "Subtitle").Single(), StringComparison.Ordinal);
        // Nuläge, Målsättning's own text and Upplägg are empty in the sample: left out, and the numbers close up.
        Assert.Equal(
            ["1. Bakgrund", "2. Syfte", "3. Målsättning", "4. Kommunikationsmål", "5. Målgrupper", "6. Budskap", "7. Kanaler", "8. Risker", "9. Budget", "10. Aktiviteter"],
            Paragraphs(main, "Heading1"));
        var paragraphs = Paragraphs(main);
        Assert.Contains("Bakgrunden till planen.", paragraphs);
        Assert.Contains("Syftet med planen.", paragraphs);
        Assert.Contains("Ingen särskild budget har avsatts.", paragraphs);
        Assert.Contains("Information i fel tid skapar oro.", string.Join("\n", paragraphs), StringComparison.Ordinal);
        Assert.Equal(["Kunskapsmål", "Attitydmål", "Mätbara mål", "Vad ska målgruppen veta, känna och göra?", "Kärnintressenter", "Till alla målgrupper"],
            Paragraphs(main, "Heading2"));
        Assert.Contains("Känna till varför projektet genomförs.", paragraphs);
        Assert.Contains("Känna sig lyssnade på.", paragraphs);
        Assert.Contains("1. Målgrupperna ska känna att det finns ett pålitligt metodstöd.", paragraphs);
        Assert.Equal(["Varför – så att jag förstår", "Vad – så att jag vet", "Din känsla – så att jag tror på dig", "Hur – så att jag förstår vad det innebär"],
            Paragraphs(main, "Heading3"));
        Assert.Contains("Tillsammans.", paragraphs);
        var bullets = Paragraphs(main, "ListBullet");
        Assert.Contains("Projektet ska ha presenterats på två konferenser (mål: 2 konferenser)", bullets);
        Assert.Contains("Positivt omnämnd i lokalpressen", bullets);
        Assert.Contains("Kärnintressenter – intressenter med beslutande och/eller drivande roller i uppdraget.", bullets);

        var facts = string.Join(" | ", Rows(main.Document.Body!.Elements<Table>().First()).SelectMany(r => r));
        Assert.Contains("Dokumenttyp / Kommunikationsplan", facts, StringComparison.Ordinal);
        Assert.Contains("Projektkod / K12", facts, StringComparison.Ordinal);
        Assert.Contains("Period / 2023", facts, StringComparison.Ordinal);
        Assert.Contains("Status / Utkast", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("Demodata", facts, StringComparison.Ordinal);
        Assert.Empty(main.HeaderParts);

        var knowFeelDo = TableWith(main, "Målgrupp", "Veta", "Känna", "Göra");
        Assert.Equal(["Medarbetare", "", "", "Vilja delta i genomförandet."], knowFeelDo[1]);
        var groups = TableWith(main, "Namn på målgrupp", "Intern/extern", "Prioritet");
        Assert.Equal([["Styrgruppen", "Intern", "Kärnintressent"], ["Medarbetare", "Intern", "Primärintressent"], ["Allmänheten", "Extern", "Sekundärintressent"]], groups.Skip(1));
        var channels = TableWith(main, "Kanal", "Beskrivning", "Ansvarig");
        Assert.Equal(["Fysiskt möte / Intern", "", "Projektledare"], channels[1]);
        var risks = TableWith(main, "Risk", "Sannolikhet", "Konsekvens", "Hantering");
        Assert.Equal(["Information i fel tid skapar oro.", "Medel", "Hög", "Samtidig information till alla."], risks[1]);

        var activities = TableWith(main, "Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Tid i h");
        Assert.Equal(4, activities.Count);
        Assert.Equal("Information till styrgruppen / Genomförd 2023-03-15", activities[1][0]);
        Assert.Equal(["Information och dialog", "mars 2023", "Styrgruppen", "Fysiskt möte"], activities[1][1..5]);
        Assert.StartsWith("Projektledare ", activities[1][5], StringComparison.Ordinal);
        Assert.Equal("4", activities[1][6]);
        Assert.Equal(["Nyhetsbrev till medarbetare", "Statusuppdatering", "hösten 2023", "Medarbetare", "Nyhetsbrev"], activities[2][..5]);
        Assert.Matches("^Kommunikatör \\w+ / Projektledare \\w+$", activities[2][5]);
        Assert.Equal(["Workshop med pilotverksamheter", "", "någon gång till hösten kanske", "Medarbetare", "", "", ""], activities[3]);
        Assert.Contains("Planerad tid totalt: 6 timmar", paragraphs);

        Assert.Equal(title, doc.PackageProperties.Title);
        Assert.Equal(ctx.Tenant.OrganizationName, doc.PackageProperties.Creator);
    }

    [Fact]
    public async Task Every_section_of_a_complete_plan_is_laid_out_like_the_source_plans()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        await app.ChangePlanAsync(ctx.PlanId, (plan, db) =>
        {
            plan.Title = "Nära vård – Hälsa tillsammans";
            plan.IsDemo = true;
            plan.Status = PlanStatus.Adopted;
            plan.AdoptedBy = "Styrgruppen";
            plan.AdoptedOn = new DateOnly(2023, 2, 1);
            plan.DocumentVersion = "2.0";
            plan.Situation = "Under året behöver projektet kommunicera för att\n1. Följa upp kommunikationen.";
            plan.OverallObjective = "Alla berörda får relevant information i rätt tid.";
            plan.Approach = "Planen har fyra huvuddelar.";
            plan.ActivitiesIntroduction = "Denna aktivitetsplan kan kompletteras efterhand.";
            plan.CoreDefinition = "Intressenter som beslutar.";
            plan.BudgetAmount = 25000;
            plan.BudgetNote = "Ur projektets budget.";
            plan.Revisions.Add(new PlanRevision { DocumentVersion = "1.0", At = new DateTime(2023, 1, 10, 12, 0, 0, DateTimeKind.Utc), By = "Kristin", Note = "Första versionen." });
            var medarbetare = plan.Stakeholders.Single(s => s.Name == "Medarbetare");
            medarbetare.Description = "Alla som arbetar i förvaltningen.";
            medarbetare.Why = "För att omställningen kräver alla.";
            medarbetare.PassesOn = true;
            medarbetare.PassesOnTo = "brukare";
            plan.Stakeholders.Add(new Stakeholder { Name = "NLU", PrioritisedIfDecided = true, Condition = "Vid beslut om ny avdelning hösten 2023.", Order = 4 });
            var workshop = plan.Activities.Single(a => a.What == "Workshop med pilotverksamheter");
            workshop.Why = "För att förankra arbetssättet.";
            workshop.How = "Två halvdagar per verksamhet.";
            foreach (var channel in db.Channels.IgnoreQueryFilters().Where(c => c.PlanId == plan.Id))
            {
                channel.ResponsibleRole = null;
            }
            foreach (var risk in db.PlanRisks.IgnoreQueryFilters().Where(r => r.PlanId == plan.Id))
            {
                risk.Likelihood = null;
                risk.Consequence = null;
            }
        });
        var client = await app.SignedInAsync(ctx.Tenant);

        var response = await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/docx");
        using var doc = ValidWord(await response.FileAsync(DocxType));
        Assert.Equal("Kommunikationsplan 2023 Nära vård – Hälsa tillsammans.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var main = doc.MainDocumentPart!;
        Assert.Equal("Kommunikationsplan 2023", Paragraphs(main, "Title").Single());
        Assert.Equal("Nära vård – Hälsa tillsammans", Paragraphs(main, "Subtitle").Single());
        Assert.Equal(
            ["1. Nuläge", "2. Bakgrund", "3. Syfte", "4. Målsättning", "5. Kommunikationsmål", "6. Upplägg", "7. Målgrupper", "8. Budskap", "9. Kanaler", "10. Risker", "11. Budget", "12. Aktiviteter"],
            Paragraphs(main, "Heading1"));
        var paragraphs = Paragraphs(main);
        Assert.Contains("Under året behöver projektet kommunicera för att", paragraphs);
        Assert.Contains("1. Följa upp kommunikationen.", paragraphs);
        Assert.Contains("Alla berörda får relevant information i rätt tid.", paragraphs);
        Assert.Contains("Planen har fyra huvuddelar.", paragraphs);
        Assert.Contains("Denna aktivitetsplan kan kompletteras efterhand.", paragraphs);
        Assert.Contains("Budget för kommunikationsinsatserna: 25\u00a0000 kr.", paragraphs);
        Assert.Contains("Ur projektets budget.", paragraphs);
        Assert.Contains("Prioriterad målgrupp: NLU, vid beslut om ny avdelning hösten 2023.", paragraphs);
        Assert.Contains("Kärnintressenter – intressenter som beslutar.", Paragraphs(main, "ListBullet"));
        Assert.Contains("Prioriteras vid beslut", Paragraphs(main, "Heading2"));
        // Channels with names only are a list, risks without levels prose (000); activities with a why or
        // a how are described before the activity plan (002's 6.1 and 6.2).
        Assert.Contains("Fysiskt möte", Paragraphs(main, "ListBullet"));
        Assert.Contains("Information i fel tid skapar oro.", paragraphs);
        Assert.Contains("Hantering: Samtidig information till alla.", paragraphs);
        var headings = Paragraphs(main, "Heading2");
        var described = Array.IndexOf(headings, "Workshop med pilotverksamheter");
        Assert.True(described >= 0 && Array.IndexOf(headings, "Aktivitetsplan") > described, string.Join(" | ", headings));
        Assert.Contains("Varför: För att förankra arbetssättet.", paragraphs);
        Assert.Contains("Hur: Två halvdagar per verksamhet.", paragraphs);
        Assert.Equal(["Workshop med pilotverksamheter", "", "någon gång till hösten kanske", "Medarbetare", "", "", ""],
            TableWith(main, "Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Tid i h")[3]);

        var facts = string.Join(" | ", Rows(main.Document.Body!.Elements<Table>().First()).SelectMany(r => r));
        foreach (var fact in new[] { "Status / Fastställd", "Fastställd av / Styrgruppen", "Fastställd / 2023-02-01", "Version / 2.0", "Märkning / Demodata" })
        {
            Assert.Contains(fact, facts, StringComparison.Ordinal);
        }
        Assert.Equal("Demodata", Paragraphs(main.HeaderParts.Single()).Single());
        // The activity plan is on landscape pages (a section of its own); the footer follows onto them.
        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Null(sections[0].GetFirstChild<PageSize>()!.Orient);
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(16838U, sections[1].GetFirstChild<PageSize>()!.Width!.Value);
        Assert.All(sections, s => Assert.NotNull(s.GetFirstChild<FooterReference>()));
        Assert.All(main.FooterParts, f => Assert.Contains("version 2.0", f.Footer!.InnerText, StringComparison.Ordinal));

        Assert.Equal(["1.0", "2023-01-10", "Kristin", "Första versionen."], TableWith(main, "Version", "Datum", "Av", "Ändring")[1]);
        var groups = TableWith(main, "Namn på målgrupp", "Intern/extern", "Prioritet", "Beskrivning");
        Assert.Equal(["Medarbetare", "Intern", "Primärintressent", "Alla som arbetar i förvaltningen. / För budskapen vidare till brukare"], groups[2]);
        Assert.Equal(["NLU", "", "Prioriteras vid beslut", ""], groups[4]);
        Assert.Equal([["Vem/vilka", "Varför?"], ["Medarbetare", "För att omställningen kräver alla."]], TableWith(main, "Vem/vilka", "Varför?"));
        Assert.Equal(6, main.Document.Body!.Elements<Table>().Count());
    }

    [Fact]
    public async Task An_empty_plan_is_a_valid_document_that_says_no_budget_was_set_aside()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var planId = await app.WithDbAsync(async db =>
        {
            var plan = new CommunicationPlan { OrganizationId = tenant.OrganizationId, Title = "Kommunikationsplan för servicenämnden", CalendarToken = CommunicationAccess.NewCalendarToken() };
            db.CommunicationPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        var client = await app.BearerClientAsync(tenant);

        using var doc = ValidWord(await (await client.GetAsync($"/api/communication-plans/{planId}/export/docx")).FileAsync(DocxType));
        var main = doc.MainDocumentPart!;
        Assert.Equal(["1. Budget"], Paragraphs(main, "Heading1"));
        Assert.Contains("Ingen särskild budget har avsatts för dessa kommunikationsinsatser.", Paragraphs(main));
        Assert.Empty(Paragraphs(main, "Subtitle"));
        Assert.Single(main.Document.Body!.Elements<Table>());
    }

    [Fact]
    public async Task Another_tenants_plan_and_an_unknown_plan_are_404()
    {
        var ctx = await app.NewPlanContextAsync();
        var other = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.BearerClientAsync(other);
        await (await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/docx")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/communication-plans/987654/export/docx")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync($"/api/communication-plans/{ctx.PlanId}/export/docx")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WordExportSqliteTests(SqliteApp app) : WordExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WordExportPostgresTests(PostgresApp app) : WordExportTests(app);
