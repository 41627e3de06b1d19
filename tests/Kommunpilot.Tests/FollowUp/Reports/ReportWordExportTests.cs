using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Reports;

/// <summary><c>GET /api/reports/{id}/export/docx</c> through the app: a draft from the data, an adopted report exactly as adopted.</summary>
public abstract class ReportWordExportTests(AppFactory app)
{
    private static string BodyText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static void AssertValid(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotEmpty(doc.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task An_adopted_report_exports_as_adopted_even_after_the_data_changes()
    {
        var ctx = await app.NewReportContextAsync();
        await ctx.Client.StartDraftAsync(ctx.Ids.FollowUpReport1);

        var draft = await ctx.Client.GetAsync($"/api/reports/{ctx.Ids.FollowUpReport1}/export/docx");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var draftDoc = await draft.Content.ReadAsByteArrayAsync();
        AssertValid(draftDoc);
        Assert.Contains("Utkast", BodyText(draftDoc), StringComparison.Ordinal);
        Assert.Contains("Uppföljningsrapport 1", draft.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);

        await ctx.Client.AdoptAsync(ctx.Ids.FollowUpReport1);
        var adopted = await (await ctx.Client.GetAsync($"/api/reports/{ctx.Ids.FollowUpReport1}/export/docx")).Content.ReadAsByteArrayAsync();
        AssertValid(adopted);
        var before = BodyText(adopted);
        Assert.Contains("Fastställd", before, StringComparison.Ordinal);
        Assert.Contains("72", before, StringComparison.Ordinal);

        // The value of 2022-T1 at site A changes, and the KPI is renamed: the adopted report does not.
        await app.WithDbAsync(async db =>
        {
            var m = await db.Measurements.IgnoreQueryFilters().SingleAsync(x => x.KpiId == ctx.Ids.SatisfactionKpi && x.PilotSiteId == ctx.Ids.SiteA && x.PeriodStart == new DateOnly(2022, 1, 1));
            m.Value = 99;
            var kpi = await db.Kpis.IgnoreQueryFilters().SingleAsync(k => k.Id == ctx.Ids.SatisfactionKpi);
            kpi.Name += " (nytt namn)";
            return await db.SaveChangesAsync();
        });
        var after = BodyText(await (await ctx.Client.GetAsync($"/api/reports/{ctx.Ids.FollowUpReport1}/export/docx")).Content.ReadAsByteArrayAsync());
        Assert.Equal(before, after);
        Assert.DoesNotContain("nytt namn", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_gets_404()
    {
        var ctx = await app.NewReportContextAsync();
        var stranger = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/reports/{ctx.Ids.FollowUpReport1}/export/docx")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportWordExportSqliteTests(SqliteApp app) : ReportWordExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportWordExportPostgresTests(PostgresApp app) : ReportWordExportTests(app);
