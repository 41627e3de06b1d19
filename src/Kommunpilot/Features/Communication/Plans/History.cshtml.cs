using System.Globalization;
using System.Text.Json;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The plan's audit trail, newest first and paged: when, who, what (in users' words: "Målgrupp",
/// "Aktivitet") and which fields changed from what to what. Names for ids are read once per kind of id
/// on the page, never per entry. The secret calendar link is never shown.
/// </summary>
public class PlanHistoryModel(AppDbContext db, IStringLocalizer<PlanTexts> l, IStringLocalizer<CommunicationTexts> c, IStringLocalizer<SharedTexts> t) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Derived from the timing as written; not worth a line of its own.</summary>
    private static readonly HashSet<string> Hidden = [nameof(PlanActivity.TimingKind)];

    /// <summary>The kind of id each record's own id is, and the kinds of the two ids of a link record's key.</summary>
    private static readonly Dictionary<string, string[]> KeyKinds = new(StringComparer.Ordinal)
    {
        [nameof(Stakeholder)] = ["StakeholderId"],
        [nameof(Channel)] = ["ChannelId"],
        [nameof(PlanActivity)] = ["ActivityId"],
        [nameof(PlanMessage)] = ["MessageId"],
        [nameof(MeasurableGoal)] = ["MeasurableGoalId"],
        [nameof(PlanRisk)] = ["RiskId"],
        [nameof(CommunicationGoal)] = ["GoalId"],
        [nameof(ActivityStakeholder)] = ["ActivityId", "StakeholderId"],
        [nameof(ActivityChannel)] = ["ActivityId", "ChannelId"],
        [nameof(ActivityResponsible)] = ["ActivityId", "PersonId"],
        [nameof(MessageStakeholder)] = ["MessageId", "StakeholderId"],
    };

    private sealed record StoredChange(string P, string? O, string? N);

    public sealed record FieldChange(string Field, string? Old, string? New);

    public sealed record Entry(string At, string Who, string Action, string What, string? Subject, IReadOnlyList<FieldChange> Changes);

    public PlanNav Nav { get; private set; } = null!;
    public List<Entry> Entries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public bool BadPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, [FromQuery(Name = "sida")] string? page, CancellationToken ct)
    {
        var nav = await PlanNav.LoadAsync(db, planId, PlanSection.History, ct: ct);
        if (nav is null)
        {
            return NotFound();
        }
        Nav = nav;
        // Audit rows carry the plan's organisation, and a co-owner of the project need not belong to it.
        // The plan was found visible above, so its own entries, and only those, are read past the audit filter.
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.PlanId == planId);
        var requested = Paging.Requested(page, out var valid);
        BadPage = !valid;
        Paging = Paging.For(requested, await entries.CountAsync(ct), n => n > 1 ? $"/kommunikation/{planId}/historik?sida={n}" : $"/kommunikation/{planId}/historik");
        var rows = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Paging.Skip)
            .Take(Paging.Size)
            .Select(a => new { a.At, a.UserId, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes })
            .ToListAsync(ct);

        var parsed = rows.Select(r => (Row: r, Changes: JsonSerializer.Deserialize<List<StoredChange>>(r.Changes, Json) ?? [])).ToList();
        var userIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName ?? u.Id, ct);
        var ids = parsed.SelectMany(p => p.Changes.SelectMany(ch => new[] { (ch.P, ch.O), (ch.P, ch.N) }))
            .Concat(parsed.SelectMany(p => KeyIds(p.Row.EntityType, p.Row.EntityId)))
            .Where(x => x.Item2 is not null)
            .ToList();
        var names = await NamesAsync(ids!, ct);
        var localize = PlanWords.Localizer(l, c, t);

        Entries = [.. parsed.Select(p => new Entry(
            ProjectFormat.Time(p.Row.At),
            p.Row.UserId is { } uid && users.TryGetValue(uid, out var who) ? who : p.Row.UserName ?? l["systemet"],
            localize(p.Row.Action switch { "Added" => "Skapad", "Deleted" => "Borttagen", _ => "Ändrad" }),
            localize(PlanWords.EntityName(p.Row.EntityType)),
            Subject(p.Row.EntityType, p.Row.EntityId, p.Changes, names),
            [.. p.Changes.Where(ch => PlanWords.Shown(p.Row.EntityType, ch.P) && !Hidden.Contains(ch.P)).Select(ch => new FieldChange(
                localize(PlanWords.Label(p.Row.EntityType, ch.P)),
                PlanWords.Value(ch.P, ch.O, localize, names),
                PlanWords.Value(ch.P, ch.N, localize, names)))]))];
        return Page();
    }

    /// <summary>The ids in a record's key, each with its kind ("ActivityId", "12").</summary>
    private static IEnumerable<(string, string?)> KeyIds(string entityType, string entityId)
    {
        if (!KeyKinds.TryGetValue(entityType, out var kinds))
        {
            return [];
        }
        var parts = entityId.Split(',');
        return parts.Length == kinds.Length ? kinds.Zip(parts, (k, v) => (k, (string?)v)) : [];
    }

    /// <summary>Which record an entry is about: its name now, else as the entry recorded it; a link names both ends.</summary>
    private static string? Subject(string entityType, string entityId, List<StoredChange> changes, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> names)
    {
        string? Named(string kind, string? id) =>
            id is not null && names.TryGetValue(kind, out var byId) && int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? byId.GetValueOrDefault(n)
                : null;
        string? Recorded(string field) => changes.FirstOrDefault(ch => ch.P == field) is { } ch ? ch.N ?? ch.O : null;
        var keys = KeyIds(entityType, entityId).ToList();
        var subject = entityType switch
        {
            nameof(PlanRevision) => Recorded(nameof(PlanRevision.DocumentVersion)),
            _ when keys.Count == 2 => string.Join(" – ", keys.Select(k => Named(k.Item1, k.Item2) ?? "?")),
            nameof(Stakeholder) or nameof(Channel) => Named(keys[0].Item1, keys[0].Item2) ?? Recorded("Name"),
            nameof(PlanActivity) => Named(keys[0].Item1, keys[0].Item2) ?? Recorded(nameof(PlanActivity.What)),
            nameof(PlanRisk) => Named(keys[0].Item1, keys[0].Item2) ?? Recorded(nameof(PlanRisk.Description)),
            nameof(CommunicationGoal) or nameof(MeasurableGoal) => Named(keys[0].Item1, keys[0].Item2) ?? Recorded("Text"),
            nameof(PlanMessage) => Named(keys[0].Item1, keys[0].Item2) ?? Recorded(nameof(PlanMessage.Text)) ?? Recorded(nameof(PlanMessage.What)),
            _ => null,
        };
        return subject is { Length: > 80 } ? subject[..80] + "…" : subject;
    }

    /// <summary>Names for the ids on this page: one query per kind of id, never per entry.</summary>
    private async Task<Dictionary<string, IReadOnlyDictionary<int, string>>> NamesAsync(List<(string Kind, string Value)> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<int, string>>();
        async Task Add(string kind, Func<List<int>, Task<Dictionary<int, string>>> load)
        {
            var wanted = ids.Where(i => i.Kind == kind)
                .Select(i => int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .Where(n => n > 0).Distinct().ToList();
            if (wanted.Count > 0)
            {
                result[kind] = await load(wanted);
            }
        }
        await Add("StakeholderId", w => db.Stakeholders.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add("ChannelId", w => db.Channels.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add("PersonId", w => db.CommunicationPeople.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add("ActivityId", w => db.PlanActivities.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.What, ct));
        await Add("MeasurableGoalId", w => db.MeasurableGoals.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Text, ct));
        await Add("RiskId", w => db.PlanRisks.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Description, ct));
        await Add("GoalId", w => db.CommunicationGoals.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Text, ct));
        await Add("MilestoneId", w => db.Milestones.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Decision, ct));
        await Add(nameof(CommunicationPlan.DecisionBodyId), w => db.DecisionBodies.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(CommunicationPlan.ProjectId), w => db.Projects.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(CommunicationPlan.OrganizationId), w => db.Organizations.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(CommunicationPlan.PreviousPlanId), w => db.CommunicationPlans.AsNoTracking().Where(x => w.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title, ct));
        await Add("MessageId", async w =>
        {
            var messages = await db.PlanMessages.AsNoTracking().Where(x => w.Contains(x.Id))
                .Select(x => new { x.Id, x.Number, x.Text, x.What }).ToListAsync(ct);
            return messages.ToDictionary(m => m.Id, m => m.Number is { } n
                ? string.Format(CultureInfo.CurrentCulture, l["Budskap {0}"], n)
                : m.Text ?? m.What ?? string.Format(CultureInfo.CurrentCulture, l["Budskap {0}"], m.Id));
        });
        return result;
    }
}
