using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>A responsible person with their work: how many activities they are responsible for, and those activities' planned hours.</summary>
public sealed record PersonRow(int Id, int OrganizationId, string Name, string? Title, string? Email, string? UserId, string? UserName,
    bool IsDemo, int Activities, decimal PlannedHours);

/// <summary>A user of Kommunpilot a person can be linked to.</summary>
public sealed record UserOption(string Id, string Name, string? Email);

/// <summary>A plan where a person is responsible for activities, and for how many.</summary>
public sealed record PlanUse(int PlanId, string PlanTitle, string? Period, int Activities);

/// <summary>The reads of the people pages: projections, sums in memory (SQLite cannot sum decimals), Swedish order.</summary>
internal static class PeopleQueries
{
    public static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>
    /// The people of the organisations, in Swedish alphabetical order. An activity with several
    /// responsible people counts, with all its planned hours, for each of them.
    /// </summary>
    public static async Task<List<PersonRow>> RowsAsync(AppDbContext db, IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        var people = await db.CommunicationPeople.AsNoTracking()
            .Where(p => organizationIds.Contains(p.OrganizationId))
            .Select(p => new { p.Id, p.OrganizationId, p.Name, p.Title, p.Email, p.UserId, p.IsDemo })
            .ToListAsync(ct);
        var work = await db.ActivityResponsibles.AsNoTracking()
            .Where(r => organizationIds.Contains(r.Person.OrganizationId))
            .Select(r => new { r.PersonId, r.Activity.PlannedHours })
            .ToListAsync(ct);
        var byPerson = work.GroupBy(w => w.PersonId).ToDictionary(g => g.Key, g => (Count: g.Count(), Hours: g.Sum(w => w.PlannedHours ?? 0)));
        var userIds = people.Where(p => p.UserId is not null).Select(p => p.UserId!).Distinct().ToList();
        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.UserName })
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return [.. people
            .Select(p =>
            {
                var (count, hours) = byPerson.GetValueOrDefault(p.Id);
                return new PersonRow(p.Id, p.OrganizationId, p.Name, p.Title, p.Email, p.UserId,
                    p.UserId is null ? null : users.GetValueOrDefault(p.UserId), p.IsDemo, count, hours);
            })
            .OrderBy(p => p.Name, Swedish)];
    }

    /// <summary>The members of the organisation, as users a person can be linked to. Only for an organisation the caller edits in.</summary>
    public static async Task<List<UserOption>> MembersAsync(AppDbContext db, int organizationId, CancellationToken ct) =>
        [.. (await db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == organizationId)
                .Select(m => new UserOption(m.UserId, m.User.DisplayName ?? m.User.Email ?? m.User.UserName ?? m.UserId, m.User.Email))
                .ToListAsync(ct))
            .OrderBy(u => u.Name, Swedish)];

    /// <summary>The plans where the person is responsible for activities (that the caller can see), with how many.</summary>
    public static async Task<List<PlanUse>> UsesAsync(AppDbContext db, int personId, CancellationToken ct) =>
        [.. (await db.ActivityResponsibles.AsNoTracking()
                .Where(r => r.PersonId == personId)
                .GroupBy(r => new { r.Activity.PlanId, r.Activity.Plan.Title, r.Activity.Plan.Period })
                .Select(g => new PlanUse(g.Key.PlanId, g.Key.Title, g.Key.Period, g.Count()))
                .ToListAsync(ct))
            .OrderBy(u => u.PlanTitle, Swedish)];

    /// <summary>Every activity the person is responsible for, whether or not the caller can see its plan: what the delete is refused on.</summary>
    public static Task<int> ActivityCountAsync(AppDbContext db, int personId, CancellationToken ct) =>
        db.ActivityResponsibles.CountAsync(r => r.PersonId == personId, ct);
}
