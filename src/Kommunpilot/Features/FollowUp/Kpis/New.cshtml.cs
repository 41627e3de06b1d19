using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>A new KPI in the project (<c>/projekt/{projectId}/nyckeltal/ny</c>), for editors.</summary>
public class NewModel(AppDbContext db, IStringLocalizer<KpiTexts> l) : KpiFormPage(db, l)
{
    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: true, L["Nytt nyckeltal"]) is { } denied)
        {
            return denied;
        }
        await LoadChoicesAsync(projectId);
        Input = KpiForm.New(Choices.Sites.Count > 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: true, L["Nytt nyckeltal"]) is { } denied)
        {
            return denied;
        }
        await LoadChoicesAsync(projectId);
        if (ReadForm(existing: null) is not { } values)
        {
            return Page();
        }
        var kpi = new Kpi { ProjectId = projectId, Name = "" };
        KpiRules.Apply(kpi, values);
        kpi.Order = (await Db.Kpis.Where(k => k.ProjectId == projectId).MaxAsync(k => (int?)k.Order, Aborted) ?? 0) + 1;
        Db.Kpis.Add(kpi);
        try
        {
            await Db.SaveChangesAsync(Aborted);
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            // Someone else saved a KPI of the same name at the same moment (the unique index).
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Name", L["Projektet har redan ett nyckeltal som heter \"{0}\".", kpi.Name]);
            return Page();
        }
        Message = L["Nyckeltalet \"{0}\" är sparat.", kpi.Name];
        return Redirect(KpiUrl(kpi.Id) + "#main");
    }
}
