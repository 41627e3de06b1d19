using System.Security.Claims;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// What adopting a plan, returning it to draft, archiving it and declaring a new version do to it,
/// for the status page and the API alike. The caller checks the rules (<see cref="PlanRules"/>) first
/// and saves once, so the plan and its revision row are written together.
/// </summary>
internal static class PlanStatusChanges
{
    /// <summary>Fastställd: who adopted it and when, and a row in the revision history.</summary>
    public static void Adopt(CommunicationPlan plan, string adoptedBy, DateOnly adoptedOn, string documentVersion, string? userName, DateTime now)
    {
        var by = adoptedBy.Trim();
        plan.Status = PlanStatus.Adopted;
        plan.AdoptedBy = by;
        plan.AdoptedOn = adoptedOn;
        plan.DocumentVersion = documentVersion.Trim();
        plan.Revisions.Add(new PlanRevision
        {
            DocumentVersion = plan.DocumentVersion,
            At = now,
            By = userName,
            Note = $"Fastställd av {by} {adoptedOn:yyyy-MM-dd}",
        });
    }

    /// <summary>A new document version with a note on what changed; the status stays as it is.</summary>
    public static void Revise(CommunicationPlan plan, string documentVersion, string note, string? userName, DateTime now)
    {
        plan.DocumentVersion = documentVersion.Trim();
        plan.Revisions.Add(new PlanRevision { DocumentVersion = plan.DocumentVersion, At = now, By = userName, Note = note.Trim().ReplaceLineEndings("\n") });
    }

    /// <summary>Back to draft (no longer adopted: who adopted it and when are cleared; the revision history keeps it) or archived.</summary>
    public static void Set(CommunicationPlan plan, PlanStatus status)
    {
        if (status == PlanStatus.Draft)
        {
            plan.AdoptedBy = null;
            plan.AdoptedOn = null;
        }
        plan.Status = status;
    }

    /// <summary>The signed-in user's name as the revision history shows it: the display name, else the user name.</summary>
    public static string? UserName(ClaimsPrincipal user) =>
        user.FindFirst("kp:displayname")?.Value ?? user.Identity?.Name;
}
