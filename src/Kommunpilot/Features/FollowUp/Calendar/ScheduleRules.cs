using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>A report's place in the schedule, as a form or the API gives it.</summary>
public sealed class ScheduleValues
{
    public ReportKind Kind { get; init; }

    /// <summary>Null: the next free number of the kind.</summary>
    public int? Number { get; init; }

    public string? Title { get; init; }
    public int? OccasionId { get; init; }
    public DateOnly? PerDate { get; init; }
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<int> DecisionBodyIds { get; init; } = [];
    public IReadOnlyList<string> Names { get; init; } = [];
}

/// <summary>Who receives the reports: the project's lead organisation's decision bodies, and named groups.</summary>
public sealed record RecipientChoice(int Id, string Name);

/// <summary>The project a schedule belongs to: its lead organisation (whose calendar and decision bodies it uses) and period.</summary>
public sealed record ScheduleProject(int Id, string Name, int OrganizationId, DateOnly? Start, DateOnly? End);

/// <summary>
/// The rules of a project's report schedule, shared by the pages and the API: a known kind, a number
/// unique within the kind (1..n), a due date not before the date the report is per, an occasion of the
/// lead organisation's calendar, recipients among its decision bodies or named, and never a change to
/// an adopted report.
/// </summary>
public static class ScheduleRules
{
    public const int MaxNumber = 999;
    public const int MaxRecipients = 20;

    public static Task<ScheduleProject?> ProjectAsync(AppDbContext db, int projectId, CancellationToken ct) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new ScheduleProject(p.Id, p.Name, p.OrganizationId, p.StartDate, p.EndDate))
            .SingleOrDefaultAsync(ct);

    /// <summary>The message when an adopted report would change.</summary>
    public static CalendarError Adopted() =>
        new("", "Rapporten är fastställd och kan inte ändras eller tas bort. En fastställd rapport står kvar som den fastställdes.");

    /// <summary>The next free number of the kind in the project: one after the highest.</summary>
    public static async Task<int> NextNumberAsync(AppDbContext db, int projectId, ReportKind kind, CancellationToken ct) =>
        (await db.ProjectReports.Where(r => r.ProjectId == projectId && r.Kind == kind).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;

    /// <summary>Checks the values for a new report (<paramref name="reportId"/> null) or a change of one.</summary>
    public static async Task<List<CalendarError>> CheckAsync(AppDbContext db, ScheduleProject project, int? reportId, ScheduleValues values, CancellationToken ct)
    {
        var errors = new List<CalendarError>();
        if (!Enum.IsDefined(values.Kind))
        {
            errors.Add(new("Kind", "Välj typ av rapport."));
        }
        if (values.Number is { } n and (< 1 or > MaxNumber))
        {
            errors.Add(new("Number", "Numret ska vara mellan 1 och {0}.", MaxNumber));
        }
        if (values.Title is { } title && title.Trim().Length > FollowUpModel.ShortText)
        {
            errors.Add(new("Title", "Titeln får vara högst {0} tecken.", FollowUpModel.ShortText));
        }
        if (values.Title is not null && HasControl(values.Title))
        {
            errors.Add(new("Title", "Titeln innehåller ett otillåtet styrtecken."));
        }
        if (values.DueDate is null)
        {
            errors.Add(new("DueDate", "Ange när rapporten ska vara klar (förfallodag)."));
        }
        else if (values.PerDate is { } per && values.DueDate < per)
        {
            errors.Add(new("DueDate", "Förfallodagen kan inte vara före dagen rapporten avser ({0}).", per.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        CheckNames(values.Names, errors);
        if (values.DecisionBodyIds.Count + values.Names.Count > MaxRecipients)
        {
            errors.Add(new("Names", "En rapport kan ha högst {0} mottagare.", MaxRecipients));
        }
        if (values.OccasionId is { } occasion
            && !await db.ReportingOccasions.AnyAsync(o => o.Id == occasion && o.OrganizationId == project.OrganizationId, ct))
        {
            errors.Add(new("OccasionId", "Rapporttillfället finns inte i den ledande organisationens rapportkalender."));
        }
        if (values.DecisionBodyIds.Count > 0)
        {
            var ids = values.DecisionBodyIds.Distinct().ToList();
            var known = await db.DecisionBodies.CountAsync(d => ids.Contains(d.Id) && d.OrganizationId == project.OrganizationId, ct);
            if (known != ids.Count)
            {
                errors.Add(new("DecisionBodyIds", "Ett valt beslutsorgan finns inte i den ledande organisationen."));
            }
        }
        if (Enum.IsDefined(values.Kind) && values.Number is { } number and >= 1 and <= MaxNumber
            && await db.ProjectReports.AnyAsync(r => r.ProjectId == project.Id && r.Kind == values.Kind && r.Number == number && r.Id != (reportId ?? 0), ct))
        {
            errors.Add(new("Number", "Projektet har redan en rapport av den typen med nummer {0}. Nästa lediga nummer är {1}.",
                number, await NextNumberAsync(db, project.Id, values.Kind, ct)));
        }
        return errors;
    }

    /// <summary>Recipients' names (one a line in the form): each at most 200 characters, without control characters.</summary>
    public static void CheckNames(IReadOnlyList<string> names, List<CalendarError> errors)
    {
        if (names.Any(n => n.Length > FollowUpModel.ShortText))
        {
            errors.Add(new("Names", "Ett mottagarnamn får vara högst {0} tecken.", FollowUpModel.ShortText));
        }
        if (names.Any(HasControl))
        {
            errors.Add(new("Names", "Ett mottagarnamn innehåller ett otillåtet styrtecken."));
        }
    }

    /// <summary>Named recipients from text, one a line: trimmed, empty lines and repeats dropped.</summary>
    public static List<string> NamesFrom(string? text) =>
        [.. (text ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Writes the values onto the report (tracked, with its recipients loaded) and makes its recipients the given ones, in order.</summary>
    public static void Apply(ProjectReport report, ScheduleValues values, int number)
    {
        report.Kind = values.Kind;
        report.Number = number;
        report.Title = string.IsNullOrWhiteSpace(values.Title) ? null : values.Title.Trim();
        report.ReportingOccasionId = values.OccasionId;
        report.PeriodEnd = values.PerDate;
        report.DueDate = values.DueDate!.Value;
        SetRecipients(report, values.DecisionBodyIds, values.Names);
    }

    /// <summary>Keeps the recipients that stay (by decision body or name), removes the others and adds the new ones.</summary>
    public static void SetRecipients(ProjectReport report, IReadOnlyList<int> decisionBodyIds, IReadOnlyList<string> names)
    {
        var bodies = decisionBodyIds.Distinct().ToList();
        var named = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        report.Recipients.RemoveAll(r => r.DecisionBodyId is { } id ? !bodies.Contains(id) : !named.Contains(r.Name ?? "", StringComparer.OrdinalIgnoreCase));
        var order = 0;
        foreach (var id in bodies)
        {
            var recipient = report.Recipients.FirstOrDefault(r => r.DecisionBodyId == id)
                ?? Add(report, new ReportRecipient { ProjectId = report.ProjectId, DecisionBodyId = id });
            recipient.Order = ++order;
        }
        foreach (var name in named)
        {
            var recipient = report.Recipients.FirstOrDefault(r => r.DecisionBodyId is null && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? Add(report, new ReportRecipient { ProjectId = report.ProjectId, Name = name });
            recipient.Name = name;
            recipient.Order = ++order;
        }
    }

    /// <summary>The lead organisation's decision bodies, by name.</summary>
    public static Task<List<RecipientChoice>> DecisionBodiesAsync(AppDbContext db, int organizationId, CancellationToken ct) =>
        db.DecisionBodies.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId)
            .OrderBy(d => d.Name)
            .Select(d => new RecipientChoice(d.Id, d.Name))
            .ToListAsync(ct);

    private static ReportRecipient Add(ProjectReport report, ReportRecipient recipient)
    {
        report.Recipients.Add(recipient);
        return recipient;
    }

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
}
