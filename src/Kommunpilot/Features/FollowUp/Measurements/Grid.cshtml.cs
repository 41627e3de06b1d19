using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// The grid of one period (<c>/projekt/{id}/matvarden/tabell?frekvens=Tertial&amp;period=2022-T1</c>): a row per
/// KPI of that frequency and site, each with its value and comment, saved together (see <see cref="GridSave"/>
/// for what is saved and what is a conflict). Readers see the values without inputs.
/// </summary>
public class GridModel(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementPageModel(db, l, clock)
{
    [BindProperty]
    public List<GridCell> Cells { get; set; } = [];

    public KpiPeriod Period { get; private set; }

    public IReadOnlyList<GridRow> Rows { get; private set; } = [];

    /// <summary>Per row index: the problems of the cell.</summary>
    public Dictionary<int, IReadOnlyList<string>> CellErrors { get; } = [];

    /// <summary>Per row index: the conflict of the cell.</summary>
    public Dictionary<int, GridConflict> Conflicts { get; } = [];

    /// <summary>What the last save did, shown above the grid when it has conflicts or errors.</summary>
    public string? Notice { get; private set; }

    /// <summary>The frequency or period in the address was not understood; the default is shown.</summary>
    public bool BadAddress { get; private set; }

    public IReadOnlyList<KpiFrequency> Frequencies => [.. Project.Kpis.Select(k => k.Frequency).Distinct().Order()];

    public string SelfUrl => GridUrl(Period);

    protected override string? Heading => L["Mata in en hel period"];

    public async Task<IActionResult> OnGetAsync(int projectId, string? frekvens, string? period)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        Resolve(frekvens, period);
        Rows = await GridSave.RowsAsync(Db, Project, Period, Aborted);
        Cells = [.. Rows.Select(Fresh)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, string? frekvens, string? period)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        Resolve(frekvens, period);
        if (BadAddress)
        {
            return NotFound();
        }
        ModelState.Clear(); // the grid shows its own messages per cell
        var posted = Cells;
        var outcome = await new GridSave(Db, Clock).SaveAsync(Project, Period, posted, Aborted);
        Rows = await GridSave.RowsAsync(Db, Project, Period, Aborted);
        if (outcome.Errors.Count == 0 && outcome.Conflicts.Count == 0 && !outcome.Raced)
        {
            Message = Summary(outcome);
            return Redirect(SelfUrl);
        }
        // Show the grid again: every cell as typed; saved cells and conflicts against what is stored now.
        Cells = [];
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var key = (row.Kpi.Id, row.Site?.Id);
            var mine = posted.FirstOrDefault(c => c.KpiId == row.Kpi.Id && c.SiteId == row.Site?.Id);
            if (outcome.Conflicts.TryGetValue(key, out var conflict))
            {
                Conflicts[i] = conflict;
                var fresh = Fresh(row);
                Cells.Add(new GridCell
                {
                    KpiId = row.Kpi.Id, SiteId = row.Site?.Id, Version = row.Stored?.Version,
                    Value = mine?.Value, Comment = mine?.Comment, Delete = false,
                    LoadedValue = fresh.LoadedValue, LoadedComment = fresh.LoadedComment, Keep = GridCell.Theirs,
                });
            }
            else if (outcome.Errors.TryGetValue(key, out var problems))
            {
                CellErrors[i] = [.. problems.Select(p => p.In(L))];
                Cells.Add(mine!);
            }
            else if (mine is not null && mine.Touched && outcome.Saved == 0 && (outcome.Errors.Count > 0 || outcome.Raced))
            {
                // Nothing was saved: the typed value stays, still against the version it was loaded with.
                Cells.Add(mine);
            }
            else
            {
                Cells.Add(Fresh(row));
            }
        }
        Notice = outcome.Raced ? L["Någon annan sparade samtidigt, så ingenting sparades. Kontrollera värdena och spara igen."]
            : outcome.Errors.Count > 0 ? L["Ingenting sparades: rätta de markerade cellerna ({0}) och spara igen. Allt du skrivit finns kvar.", outcome.Errors.Count]
            : L["{0} Celler som någon annan ändrat sedan du öppnade tabellen: {1}. Välj för varje om ditt värde eller det sparade ska gälla och spara igen.", Summary(outcome), outcome.Conflicts.Count];
        return Page();
    }

    private string Summary(GridOutcome o) => o.Saved == 0
        ? L["Inga värden sparades."]
        : L["Sparade värden: {0} ({1} nya, {2} ändrade, {3} borttagna).", o.Saved, o.Added, o.Changed, o.Deleted];

    private void Resolve(string? frekvens, string? period)
    {
        var frequencies = Frequencies;
        KpiFrequency frequency;
        if (Enum.TryParse<KpiFrequency>(frekvens, ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(frekvens, out _))
        {
            frequency = f;
        }
        else
        {
            BadAddress = !string.IsNullOrEmpty(frekvens);
            frequency = frequencies.Count > 0 ? frequencies[0] : KpiFrequency.Yearly;
        }
        if (KpiPeriod.TryParse(frequency, period, out var p))
        {
            Period = p;
        }
        else
        {
            BadAddress |= !string.IsNullOrEmpty(period);
            Period = DefaultPeriod(frequency);
        }
    }

    private static GridCell Fresh(GridRow row)
    {
        var value = row.Stored is { } s ? row.Kpi.Format(s.Value) : null;
        return new GridCell
        {
            KpiId = row.Kpi.Id, SiteId = row.Site?.Id, Version = row.Stored?.Version,
            Value = value, Comment = row.Stored?.Comment, LoadedValue = value, LoadedComment = row.Stored?.Comment,
        };
    }
}
