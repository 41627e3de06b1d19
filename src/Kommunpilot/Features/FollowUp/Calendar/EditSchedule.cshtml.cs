using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// A report's schedule (<c>/projekt/{projectId}/rapporter/{reportId}/schema</c>): kind, number, title,
/// occasion, dates and recipients, saved against the version the form was loaded with; deleting asks
/// first. An adopted report is never changed or deleted here. Another project's report id is 404.
/// </summary>
public class EditScheduleModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : ScheduleFormPage(db, l, clock)
{
    /// <summary>The report as stored.</summary>
    public ScheduleRow Stored { get; private set; } = null!;

    public bool ConfirmDelete { get; private set; }

    /// <summary>Someone else saved or deleted the report first.</summary>
    public Conflict? Conflict { get; private set; }

    public string StoredName => $"{HttpContext.RequestServices.GetRequiredService<IStringLocalizer<FollowUpTexts>>()[FollowUpLabels.Of(Stored.Kind)]} {Stored.Number}";

    protected override string? Heading => L["Schema för rapporten"];

    protected override int? ReportId => int.TryParse(RouteData.Values["reportId"]?.ToString(), out var v) ? v : null;

    public async Task<IActionResult> OnGetAsync(int projectId, int reportId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        if (!await FindAsync(projectId, reportId))
        {
            return NotFound();
        }
        Input = ScheduleInput.From(Stored);
        ConfirmDelete = confirmDelete && Stored.Status != ReportStatus.Adopted;
        await LoadFormAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, int reportId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        if (!await FindAsync(projectId, reportId))
        {
            return NotFound();
        }
        if (Stored.Status == ReportStatus.Adopted)
        {
            AddErrors([ScheduleRules.Adopted()], nameof(Input));
            return await ShowAsync();
        }
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        if (!await CheckAsync())
        {
            return await ShowAsync();
        }
        var report = await Db.ProjectReports.Include(r => r.Recipients).SingleAsync(r => r.Id == reportId, Aborted);
        var values = Input.ToValues();
        Db.ExpectVersion(report, Input.Version!.Value);
        ScheduleRules.Apply(report, values, values.Number ?? report.Number);
        // A change of recipients alone must also be checked against the version: the report row is always written.
        report.Version = Guid.NewGuid();
        if (!await TrySaveAsync())
        {
            return await ShowAsync();
        }
        return Done(L["Schemat för {0} är sparat.", StoredName]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int projectId, int reportId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        ConfirmDelete = true;
        if (!await FindAsync(projectId, reportId))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Stored.Status == ReportStatus.Adopted)
        {
            ConfirmDelete = false;
            AddErrors([ScheduleRules.Adopted()], nameof(Input));
            return await ShowAsync();
        }
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return await ShowAsync();
        }
        var report = await Db.ProjectReports.SingleAsync(r => r.Id == reportId, Aborted);
        var name = StoredName;
        Db.ExpectVersion(report, Input.Version.Value);
        Db.Remove(report);
        if (!await TrySaveAsync())
        {
            return await ShowAsync();
        }
        return Done(L["{0} är borttagen.", name]);
    }

    private async Task<bool> FindAsync(int projectId, int reportId)
    {
        var row = await ScheduleQueries.OneAsync(Db, reportId, Aborted);
        if (row is null || !await Db.ProjectReports.AnyAsync(r => r.Id == reportId && r.ProjectId == projectId, Aborted))
        {
            return false;
        }
        Stored = row;
        return true;
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadFormAsync();
        return Page();
    }

    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await Concurrency.DescribeAsync(ex, Aborted);
            // Only the report's own fields matter to the reader; recipients' rows are described by the report.
            Conflict = Conflict with { Fields = [.. Conflict.Fields.Where(f => Labels.ContainsKey(f.Name)).Select(Describe)] };
            Db.ChangeTracker.Clear();
            if (await ScheduleQueries.OneAsync(Db, Stored.Id, Aborted) is { } now)
            {
                Stored = now;
                Input.Version = now.Version;
                ModelState.Remove("Input.Version");
                if (Conflict.Deleted)
                {
                    Conflict = Conflict with { Deleted = false };
                }
            }
            else
            {
                Conflict = new Conflict(Deleted: true, [], null);
            }
            return false;
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Number", L["Någon annan lade till en rapport med samma nummer samtidigt. Välj ett annat nummer eller lämna fältet tomt."]);
            return false;
        }
    }

    private IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
    {
        ["Kind"] = L["Typ av rapport"],
        ["Number"] = L["Nummer"],
        ["Title"] = L["Titel (valfri)"],
        ["ReportingOccasionId"] = L["Rapporttillfälle"],
        ["PeriodEnd"] = L["Avser per"],
        ["DueDate"] = L["Ska vara klar"],
        ["Status"] = L["Status"],
    };

    private ConflictField Describe(ConflictField f)
    {
        var f2 = f with { Name = Labels[f.Name] };
        return f.Name switch
        {
            "Kind" => f2 with { Mine = KindLabel(f.Mine), Theirs = KindLabel(f.Theirs) },
            "ReportingOccasionId" => f2 with { Mine = OccasionName(f.Mine), Theirs = OccasionName(f.Theirs) },
            _ => f2,
        };
    }

    private string? KindLabel(string? stored) =>
        Enum.TryParse<ReportKind>(stored, out var kind) ? HttpContext.RequestServices.GetRequiredService<IStringLocalizer<FollowUpTexts>>()[FollowUpLabels.Of(kind)] : stored;

    private string? OccasionName(string? id) =>
        int.TryParse(id, out var value) ? Occasions.FirstOrDefault(o => o.Id == value)?.Name ?? id : id;
}
