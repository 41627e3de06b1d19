using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>How a change to a report went.</summary>
public enum ReportOutcome
{
    Done,
    /// <summary>The report or section does not exist, or is not visible (another tenant's): 404.</summary>
    NotFound,
    /// <summary>The caller may read the project but not change it: 403.</summary>
    Forbidden,
    /// <summary>The report is adopted: nothing in it can change.</summary>
    Adopted,
    /// <summary>The report's draft is not started (its sections are made by "Starta utkast").</summary>
    NotDraft,
    /// <summary>The draft is already started.</summary>
    AlreadyStarted,
    /// <summary>Only a section the user added can be deleted or renamed.</summary>
    NotCustom,
    /// <summary>Someone else saved first: nothing written; <see cref="ReportResult.Conflict"/> shows both versions.</summary>
    Stale,
}

public sealed record ReportResult(ReportOutcome Outcome, Conflict? Conflict = null, int? Id = null);

/// <summary>
/// The changes to a report, shared by its pages and its API: starting the draft (the kind's sections),
/// writing a section's text, adding, moving and deleting sections, and adopting it. Every change checks the
/// caller's edit right, refuses an adopted report and checks the version the caller read. Adopting builds
/// the content, stores it as the snapshot and records the measurements it used, in one transaction.
/// Input rules (lengths, dates) are the callers': pages and API word them their own way.
/// </summary>
public sealed class ReportEditing(AppDbContext db, ReportDrafting drafting)
{
    public const int TitleLength = FollowUpModel.ShortText;
    public const int TextLength = FollowUpModel.LongText;
    public const int AdoptedByLength = FollowUpModel.ShortText;

    /// <summary>The stored values of a section, for a conflict: field names as in <see cref="ReportSection"/>.</summary>
    private static Conflict ConflictOf(ReportSection stored, string? title, string? text) =>
        new(false,
        [
            .. title is not null && title != stored.Title ? [new ConflictField(nameof(ReportSection.Title), title, stored.Title)] : Array.Empty<ConflictField>(),
            .. (text ?? "") != (stored.Text ?? "") ? [new ConflictField(nameof(ReportSection.Text), text, stored.Text)] : Array.Empty<ConflictField>(),
        ],
        stored.Version);

    private async Task<(ProjectReport? Report, ReportOutcome? Refused)> OpenAsync(int reportId, CancellationToken ct)
    {
        var report = await db.ProjectReports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return (null, ReportOutcome.NotFound);
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, report.ProjectId, ct))
        {
            return (report, ReportOutcome.Forbidden);
        }
        return report.Status == ReportStatus.Adopted ? (report, ReportOutcome.Adopted) : (report, null);
    }

    /// <summary>"Starta utkast": a planned report gets its kind's sections and becomes a draft.</summary>
    public async Task<ReportResult> StartDraftAsync(int reportId, Guid version, CancellationToken ct = default)
    {
        var (report, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        if (report!.Status != ReportStatus.Planned || await db.ReportSections.AnyAsync(s => s.ReportId == reportId, ct))
        {
            return new ReportResult(ReportOutcome.AlreadyStarted);
        }
        if (report.Version != version)
        {
            return new ReportResult(ReportOutcome.Stale);
        }
        var order = 0;
        foreach (var template in ReportTemplates.For(report.Kind))
        {
            db.ReportSections.Add(new ReportSection { ProjectId = report.ProjectId, ReportId = report.Id, Key = template.Key, Title = template.Title, Order = ++order });
        }
        report.Status = ReportStatus.Draft;
        db.ExpectVersion(report, version);
        return await SaveAsync(ct);
    }

    /// <summary>Writes a section's text, and the title of a section the user added (null leaves it).</summary>
    public async Task<ReportResult> SaveSectionAsync(int reportId, int sectionId, string? title, string? text, Guid version, CancellationToken ct = default)
    {
        var (_, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        var section = await db.ReportSections.SingleOrDefaultAsync(s => s.Id == sectionId && s.ReportId == reportId, ct);
        if (section is null)
        {
            return new ReportResult(ReportOutcome.NotFound);
        }
        if (title is not null && title != section.Title && section.Key != ReportSectionKeys.Custom)
        {
            return new ReportResult(ReportOutcome.NotCustom);
        }
        if (section.Version != version)
        {
            // Stale even when nothing differs (EF would then send no UPDATE and never notice).
            return new ReportResult(ReportOutcome.Stale, ConflictOf(section, title, text));
        }
        db.ExpectVersion(section, version);
        if (title is not null)
        {
            section.Title = title;
        }
        section.Text = string.IsNullOrWhiteSpace(text) ? null : text;
        return await SaveAsync(ct, section.Id);
    }

    /// <summary>"Lägg till avsnitt": a section of the user's own, text only, last in the report.</summary>
    public async Task<ReportResult> AddSectionAsync(int reportId, string title, string? text, CancellationToken ct = default)
    {
        var (report, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        if (report!.Status != ReportStatus.Draft)
        {
            return new ReportResult(ReportOutcome.NotDraft);
        }
        var orders = await db.ReportSections.Where(s => s.ReportId == reportId).Select(s => s.Order).ToListAsync(ct);
        var section = new ReportSection
        {
            ProjectId = report.ProjectId,
            ReportId = report.Id,
            Key = ReportSectionKeys.Custom,
            Title = title,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Order = orders.Count == 0 ? 1 : orders.Max() + 1,
        };
        db.ReportSections.Add(section);
        await db.SaveChangesAsync(ct);
        return new ReportResult(ReportOutcome.Done, Id: section.Id);
    }

    /// <summary>Deletes a section the user added (the kind's own sections stay).</summary>
    public async Task<ReportResult> DeleteSectionAsync(int reportId, int sectionId, Guid version, CancellationToken ct = default)
    {
        var (_, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        var section = await db.ReportSections.SingleOrDefaultAsync(s => s.Id == sectionId && s.ReportId == reportId, ct);
        if (section is null)
        {
            return new ReportResult(ReportOutcome.NotFound);
        }
        if (section.Key != ReportSectionKeys.Custom)
        {
            return new ReportResult(ReportOutcome.NotCustom);
        }
        if (section.Version != version)
        {
            return new ReportResult(ReportOutcome.Stale, ConflictOf(section, null, null) with { Fields = [] });
        }
        db.ExpectVersion(section, version);
        db.ReportSections.Remove(section);
        return await SaveAsync(ct);
    }

    /// <summary>Moves a section one place up or down, swapping with its neighbour.</summary>
    public async Task<ReportResult> MoveSectionAsync(int reportId, int sectionId, bool up, Guid version, CancellationToken ct = default)
    {
        var (_, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        var sections = (await db.ReportSections.Where(s => s.ReportId == reportId).ToListAsync(ct)).OrderBy(s => s.Order).ThenBy(s => s.Id).ToList();
        var index = sections.FindIndex(s => s.Id == sectionId);
        if (index < 0)
        {
            return new ReportResult(ReportOutcome.NotFound);
        }
        var section = sections[index];
        if (section.Version != version)
        {
            return new ReportResult(ReportOutcome.Stale, ConflictOf(section, null, null) with { Fields = [] });
        }
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= sections.Count)
        {
            return new ReportResult(ReportOutcome.Done, Id: section.Id);
        }
        (sections[index], sections[other]) = (sections[other], sections[index]);
        db.ExpectVersion(section, version);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Order = i + 1;
        }
        return await SaveAsync(ct, section.Id);
    }

    /// <summary>
    /// "Fastställ": builds the content as of now, stores it as the snapshot with who adopted it and when,
    /// and records every measurement it used, in one transaction checked against the report's version.
    /// Callers have checked <paramref name="adoptedBy"/> and <paramref name="adoptedOn"/>.
    /// </summary>
    public async Task<ReportResult> AdoptAsync(int reportId, string adoptedBy, DateOnly adoptedOn, Guid version, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (report, refused) = await OpenAsync(reportId, ct);
        if (refused is { } r)
        {
            return new ReportResult(r);
        }
        if (report!.Status != ReportStatus.Draft)
        {
            return new ReportResult(ReportOutcome.NotDraft);
        }
        if (report.Version != version)
        {
            return new ReportResult(ReportOutcome.Stale);
        }
        var content = await drafting.AdoptedAsync(reportId, adoptedBy, adoptedOn, ct);
        if (content is null)
        {
            return new ReportResult(ReportOutcome.NotFound);
        }
        db.ExpectVersion(report, version);
        report.Status = ReportStatus.Adopted;
        report.AdoptedBy = adoptedBy;
        report.AdoptedOn = adoptedOn;
        report.AdoptedAt = content.GeneratedAt;
        report.AdoptedByUserId = db.CurrentUser.UserId;
        report.Snapshot = ReportSnapshot.Write(content);
        db.ReportMeasurementUses.AddRange(content.MeasurementIds.Select(id => new ReportMeasurementUse { ReportId = report.Id, MeasurementId = id }));
        var result = await SaveAsync(ct);
        if (result.Outcome == ReportOutcome.Done)
        {
            await transaction.CommitAsync(ct);
        }
        return result;
    }

    private async Task<ReportResult> SaveAsync(CancellationToken ct, int? id = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new ReportResult(ReportOutcome.Done, Id: id);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, ct);
            db.ChangeTracker.Clear();
            return new ReportResult(ReportOutcome.Stale, conflict);
        }
    }
}
