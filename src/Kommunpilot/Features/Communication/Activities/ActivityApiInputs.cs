using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// An activity as a program sends it (<c>POST</c> and <c>PUT .../activities</c>). Target groups, channels
/// and responsible people are named by id (<c>12</c>) or by name (<c>"Fack"</c>). A name the plan does not
/// have (or, for people, the plan's organisation) is rejected unless <see cref="CreateMissing"/> is true,
/// which creates it in the same save.
/// </summary>
public sealed class ActivityInput
{
    [Display(Name = "Aktivitet")]
    [Description("Aktivitet / Vad ska vi göra? Krävs.")]
    public string? What { get; set; }

    [Display(Name = "Budskap")]
    [Description("Budskapet som det skrivs i aktivitetsplanen.")]
    public string? MessageText { get; set; }

    [Display(Name = "Budskap i planens budskapsplattform")]
    [Description("Id för ett av planens budskap som aktiviteten bär.")]
    public int? MessageId { get; set; }

    [Display(Name = "Tidpunkt")]
    [Description("Tidpunkt / När? som det skrivs: \"juni 2023\", \"hösten 2023\", \"vecka 12 2024\", \"löpande\", \"inför beslut i Servicenämnden\". Det som inte kan tolkas sparas ändå, med timingProblem satt.")]
    public string? Timing { get; set; }

    [Display(Name = "Milstolpe")]
    [Description("Id för en milstolpe i planens projekt; dess datum blir slut (och start) för en relativ tidpunkt.")]
    public int? MilestoneId { get; set; }

    [Display(Name = "Målgrupper")]
    [Description("Målgrupper: id (tal) eller namn (text).")]
    public List<JsonElement>? TargetGroups { get; set; }

    [Display(Name = "Kanaler")]
    [Description("Kanaler: id (tal) eller namn (text).")]
    public List<JsonElement>? Channels { get; set; }

    [Display(Name = "Ansvariga")]
    [Description("Ansvariga personer i planens organisation: id (tal) eller namn (text).")]
    public List<JsonElement>? Responsible { get; set; }

    [Display(Name = "Tid i h")]
    public decimal? PlannedHours { get; set; }

    [Display(Name = "Status")]
    [Description("Planned, InProgress, Done, Postponed eller Cancelled. Planned om inget anges.")]
    [JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))]
    public ActivityStatus? Status { get; set; }

    [Display(Name = "Varför")]
    public string? Why { get; set; }

    [Display(Name = "Hur")]
    public string? How { get; set; }

    [Description("Skapa målgrupper, kanaler och personer som namnges men inte finns.")]
    public bool CreateMissing { get; set; }

    [Display(Name = "Version")]
    [Description("Vid PUT: den version du läste. Har någon annan sparat sedan dess blir svaret 409.")]
    public Guid? Version { get; set; }
}

/// <summary>The follow-up of an activity (<c>PUT .../activities/{activityId}/follow-up</c>).</summary>
public sealed class FollowUpInput
{
    [Display(Name = "Genomförd den")]
    [Description("Med ett datum blir aktiviteten genomförd (Done). Inte i framtiden och inte före aktivitetens start.")]
    public DateOnly? DoneOn { get; set; }

    [Display(Name = "Resultat")]
    public string? Outcome { get; set; }

    [Display(Name = "Antal nådda")]
    public int? Reach { get; set; }

    [Display(Name = "Faktisk tid i h")]
    public decimal? ActualHours { get; set; }

    [Display(Name = "Kostnad")]
    [Description("Kronor.")]
    public decimal? Cost { get; set; }

    [Display(Name = "Mätbart mål")]
    public int? MeasurableGoalId { get; set; }

    [Display(Name = "Bidrag till målet")]
    [Description("Hur mycket aktiviteten räknas mot målet; 1 om inget anges och målet är kvantitativt.")]
    public decimal? GoalContribution { get; set; }

    [Display(Name = "Version")]
    public Guid? Version { get; set; }
}

/// <summary>
/// 409 Conflict: someone saved or deleted the activity after the caller read it. Nothing was written.
/// To overwrite deliberately, send again with <see cref="CurrentVersion"/>.
/// </summary>
public sealed record ActivityConflictProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    Guid CurrentVersion,
    ActivityDto Current,
    IReadOnlyList<ConflictChange> Changes,
    string? TraceId);
