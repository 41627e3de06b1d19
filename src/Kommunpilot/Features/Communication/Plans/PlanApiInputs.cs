using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Plans;

// What the plans API takes. The attributes give the column lengths and the Swedish field names that
// ApiValidation uses in its messages; OpenAPI shows them in the schema.

/// <summary>Body of <c>POST /api/projects/{id}/communication-plans</c>.</summary>
public class NewPlan : PlanBasics
{
    [Display(Name = "Utgå från plan")]
    [Description("En tidigare plan i samma projekt (eller, för en stående plan, samma organisation) att starta från. Den nya planen pekar på den som föregående plan.")]
    public int? CopyFromPlanId { get; set; }

    [Display(Name = "Att föra över")]
    [Description("Vad som förs över från copyFromPlanId. Saknas den förs inget över; planen pekar ändå på den föregående.")]
    public CarryOver? CarryOver { get; set; }
}

/// <summary>Body of <c>POST /api/communication-plans</c>: a standing plan of an organisation or of one of its decision bodies.</summary>
public sealed class NewStandingPlan : NewPlan
{
    [Display(Name = "Organisation"), Required]
    [Description("Organisationen vars plan det är; du måste vara redaktör eller mer i den.")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Nämnd eller styrgrupp")]
    [Description("En nämnd eller styrgrupp i organisationen, om planen är dess.")]
    public int? DecisionBodyId { get; set; }
}

/// <summary>Body of <c>PUT /api/communication-plans/{id}</c>: every own field of the plan, and the version it was read with.</summary>
public sealed class PlanUpdate : PlanFields
{
    [Display(Name = "Budget")]
    [Description("Belopp i kronor; null tillsammans med budgetNote betyder att ingen särskild budget är avsatt.")]
    public decimal? BudgetAmount { get; set; }

    [Display(Name = "Version"), Required]
    [Description("Planens version när den lästes. Har någon annan sparat sedan dess blir svaret 409 och ingenting skrivs över.")]
    public Guid? Version { get; set; }
}

/// <summary>Body of <c>POST /api/communication-plans/{id}/adopt</c>.</summary>
public sealed class Adoption
{
    [Display(Name = "Fastställd av")]
    [Description("Vem som fastställde planen, t.ex. \"Styrgruppen\".")]
    public string? AdoptedBy { get; set; }

    [Display(Name = "Fastställd den")]
    [Description("Datumet då planen fastställdes; inte i framtiden.")]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "Dokumentversion")]
    [Description("Versionen som fastställdes; saknas den gäller planens nuvarande version.")]
    public string? DocumentVersion { get; set; }

    [Display(Name = "Version"), Required]
    [Description("Planens version när den lästes.")]
    public Guid? Version { get; set; }
}

/// <summary>Body of <c>POST /api/communication-plans/{id}/revisions</c>.</summary>
public sealed class NewRevision
{
    [Display(Name = "Dokumentversion")]
    [Description("Den nya versionen, t.ex. \"2.0\".")]
    public string? DocumentVersion { get; set; }

    [Display(Name = "Kommentar")]
    [Description("Vad som är nytt i versionen.")]
    public string? Note { get; set; }

    [Display(Name = "Version"), Required]
    [Description("Planens version när den lästes.")]
    public Guid? Version { get; set; }
}

/// <summary>Body of <c>POST /api/communication-plans/{id}/status</c>.</summary>
public sealed class StatusChange
{
    [Display(Name = "Status"), Required]
    [JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))]
    [Description("Draft (tillbaka till utkast) eller Archived (arkiverad). Att fastställa görs med /adopt.")]
    public PlanStatus? Status { get; set; }

    [Display(Name = "Version"), Required]
    [Description("Planens version när den lästes.")]
    public Guid? Version { get; set; }
}

/// <summary>
/// 409 Conflict: someone saved the plan after the caller read it. Nothing was written. To overwrite
/// deliberately, send again with <see cref="CurrentVersion"/>.
/// </summary>
public sealed record PlanConflictProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    Guid CurrentVersion,
    PlanDetails Current,
    IReadOnlyList<Projects.Api.ConflictChange> Changes,
    string? TraceId);
