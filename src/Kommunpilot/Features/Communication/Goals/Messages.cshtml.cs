using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// The plan's messages (budskap), laid out like 002 chapter 4: grouped by priority class, numbered
/// across the plan, each group's clarifications after its messages; then messages for named target
/// groups and for everyone, with the why/what/feeling/how framework of 004. Each message says how many
/// activities carry it. Editors get a form to add one.
/// </summary>
public class MessagesModel(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanPageModel(db, l)
{
    public sealed record MessageRow(int Id, int? Number, StakeholderPriority? Priority, IReadOnlyList<int> StakeholderIds,
        string? Text, string? Why, string? What, string? Feeling, string? How, string? Clarification, string? ExpectedEffect, int Order)
    {
        public bool HasFramework => new[] { Why, What, Feeling, How }.Any(p => !string.IsNullOrWhiteSpace(p));
    }

    /// <summary>A group of messages: a priority class (with its definition), or the messages for named groups, or for all.</summary>
    public sealed record MessageGroup(string Id, string Heading, string? Definition, IReadOnlyList<MessageRow> Messages);

    protected override PlanSection Section => PlanSection.Messages;

    public IReadOnlyList<MessageGroup> Groups { get; private set; } = [];

    public IReadOnlyDictionary<int, string> TargetGroupNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>How many activities carry each message.</summary>
    public IReadOnlyDictionary<int, int> Carried { get; private set; } = new Dictionary<int, int>();

    [BindProperty]
    public MessageInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int planId) =>
        await OpenAsync(planId, edit: false) ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        using (await AddLock.ForProjectAsync(planId, Aborted)) // adds to one plan one at a time: the number check holds
        {
            var rulesHold = AddErrors("Input", await GoalRules.CheckMessageAsync(Db, planId, messageId: null, Input, Aborted));
            if (!ModelState.IsValid || !rulesHold)
            {
                return await ShowAsync();
            }
            var message = new PlanMessage { PlanId = planId };
            Input.ApplyTo(message);
            message.Order = Input.Order ?? (await Db.PlanMessages.Where(m => m.PlanId == planId).MaxAsync(m => (int?)m.Order, Aborted) ?? 0) + 1;
            Db.Add(message);
            await Db.SaveChangesAsync(Aborted);
        }
        return Done("Messages", Input.Number is { } number ? L["Budskap nr {0} är tillagt.", number] : L["Budskapet är tillagt."]);
    }

    private async Task<IActionResult> ShowAsync()
    {
        var plan = await Db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == PlanId)
            .Select(p => new { p.CoreDefinition, p.PrimaryDefinition, p.SecondaryDefinition })
            .SingleAsync(Aborted);
        var messages = await Db.PlanMessages.AsNoTracking()
            .Where(m => m.PlanId == PlanId)
            .OrderBy(m => m.Number == null).ThenBy(m => m.Number).ThenBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new MessageRow(m.Id, m.Number, m.Priority, m.Stakeholders.OrderBy(s => s.Stakeholder.Order).Select(s => s.StakeholderId).ToList(),
                m.Text, m.Why, m.What, m.Feeling, m.How, m.Clarification, m.ExpectedEffect, m.Order))
            .ToListAsync(Aborted);
        var groups = await GoalsModel.TargetGroupsAsync(Db, PlanId, Aborted);
        TargetGroupNames = groups.ToDictionary(g => g.Id, g => g.Name);
        ViewData["TargetGroups"] = groups;
        Carried = await Db.PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == PlanId && a.MessageId != null)
            .GroupBy(a => a.MessageId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, Aborted);

        string Definition(string? own, string standard) => string.IsNullOrWhiteSpace(own) ? L[standard] : own;
        var result = new List<MessageGroup>
        {
            new("core", C[CommunicationLabels.PluralOf(StakeholderPriority.Core)], Definition(plan.CoreDefinition, CommunicationLabels.DefaultCoreDefinition),
                [.. messages.Where(m => m.Priority == StakeholderPriority.Core)]),
            new("primary", C[CommunicationLabels.PluralOf(StakeholderPriority.Primary)], Definition(plan.PrimaryDefinition, CommunicationLabels.DefaultPrimaryDefinition),
                [.. messages.Where(m => m.Priority == StakeholderPriority.Primary)]),
            new("secondary", C[CommunicationLabels.PluralOf(StakeholderPriority.Secondary)], Definition(plan.SecondaryDefinition, CommunicationLabels.DefaultSecondaryDefinition),
                [.. messages.Where(m => m.Priority == StakeholderPriority.Secondary)]),
            new("named", L["Budskap till namngivna målgrupper"], null,
                [.. messages.Where(m => m.Priority is null && m.StakeholderIds.Count > 0)]),
            new("all", L["Budskap till alla målgrupper"], null,
                [.. messages.Where(m => m.Priority is null && m.StakeholderIds.Count == 0)]),
        };
        Groups = result;
        return Page();
    }
}
