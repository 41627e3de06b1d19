using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kommunpilot.Features.Projects.Parts;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>The follow-up form of an activity. Numbers are text, so that "1,5" works and a wrong one keeps what was typed.</summary>
public sealed class FollowUpForm
{
    [Display(Name = "Genomförd den")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? DoneOn { get; set; }

    [Display(Name = "Resultat")]
    public string? Outcome { get; set; }

    [Display(Name = "Antal nådda")]
    public string? Reach { get; set; }

    [Display(Name = "Faktisk tid i h")]
    public string? ActualHours { get; set; }

    [Display(Name = "Kostnad (kr)")]
    public string? Cost { get; set; }

    [Display(Name = "Mätbart mål")]
    public int? MeasurableGoalId { get; set; }

    [Display(Name = "Bidrag till målet")]
    public string? GoalContribution { get; set; }

    public Guid? Version { get; set; }

    public static FollowUpForm From(PlanActivity a) => new()
    {
        DoneOn = a.DoneOn,
        Outcome = a.Outcome,
        Reach = a.Reach?.ToString(CultureInfo.CurrentCulture),
        ActualHours = Number(a.ActualHours),
        Cost = Number(a.Cost),
        MeasurableGoalId = a.MeasurableGoalId,
        GoalContribution = Number(a.GoalContribution),
        Version = a.Version,
    };

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.CurrentCulture);
}
