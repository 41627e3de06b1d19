using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Documents;

/// <summary>A fresh tenant whose user holds a role, with a project and the sample plan in it.</summary>
public sealed record PlanContext(TestTenant Tenant, int ProjectId, int PlanId)
{
    public string DocumentsPage => $"/kommunikation/{PlanId}/dokument";
}

internal static class DocumentsTestKit
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<PlanContext> NewPlanContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Kommunikationsprojekt " + Guid.NewGuid().ToString("N")[..6], p => p.Code = "K12");
        var planId = await app.NewPlanAsync(tenant.OrganizationId, projectId);
        return new PlanContext(tenant, projectId, planId);
    }

    /// <summary>Changes the stored plan (as the system) before a test reads it.</summary>
    public static Task ChangePlanAsync(this AppFactory app, int planId, Action<CommunicationPlan, AppDbContext> change) =>
        app.WithDbAsync(async db =>
        {
            var plan = await db.CommunicationPlans.IgnoreQueryFilters()
                .Include(p => p.Stakeholders)
                .Include(p => p.Activities)
                .SingleAsync(p => p.Id == planId);
            change(plan, db);
            return await db.SaveChangesAsync();
        });

    public static Task<string> PlanTitleAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.CommunicationPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.Title).SingleAsync());

    public static Task<string> PlanTokenAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.CommunicationPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.CalendarToken).SingleAsync());

    /// <summary>The person responsible in the plan whose name starts with <paramref name="prefix"/> ("Projektledare", "Kommunikatör").</summary>
    public static Task<CommunicationPerson> PersonAsync(this AppFactory app, int planId, string prefix) =>
        app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Activities.Any(a => a.Activity.PlanId == planId) && p.Name.StartsWith(prefix))
            .SingleAsync());

    public static Task<Dictionary<string, int>> ActivityIdsAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == planId).ToDictionaryAsync(a => a.What, a => a.Id));

    public static async Task<byte[]> FileAsync(this HttpResponseMessage response, string contentType)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return bytes;
    }

    /// <summary>Opens a .docx and asserts that it passes the Open XML validator.</summary>
    public static WordprocessingDocument ValidWord(byte[] bytes)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return doc;
    }

    public static string[] Paragraphs(OpenXmlPart part, string? style = null) =>
        [.. part.RootElement!.Descendants<Paragraph>()
            .Where(p => style is null || p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)];

    /// <summary>Each row's cells; a cell's paragraphs joined with " / ".</summary>
    public static List<string[]> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>()
            .Select(c => string.Join(" / ", c.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)))
            .ToArray())];

    /// <summary>The table whose header row is exactly <paramref name="headers"/>.</summary>
    public static List<string[]> TableWith(MainDocumentPart main, params string[] headers)
    {
        var tables = main.Document.Body!.Elements<Table>().Select(Rows).ToList();
        var match = tables.Where(t => t[0].SequenceEqual(headers)).ToList();
        Assert.True(match.Count == 1, $"No single table headed {string.Join(" | ", headers)}; headers are:\n{string.Join("\n", tables.Select(t => string.Join(" | ", t[0])))}");
        return match[0];
    }
}
