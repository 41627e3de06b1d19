using System.Globalization;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The rules a plan keeps beyond its fields' lengths, one set for the pages and the API. Each broken
/// rule is a <see cref="RuleError"/>: the camelCase field, a Swedish message that is also the key
/// into the texts, and its arguments.
/// </summary>
internal static class PlanRules
{
    /// <summary>The largest amount the budget column holds (precision 14, scale 2).</summary>
    public const decimal MaxBudget = 999_999_999_999.99m;

    public const string NoBody = "Ett projekts kommunikationsplan hör till projektet och kan inte ha en egen nämnd eller styrgrupp.";
    public const string UnknownBody = "Välj en nämnd eller styrgrupp i planens organisation.";
    public const string BudgetTooLarge = "Budgeten är för stor.";

    /// <summary>
    /// The period in order, a budget that is not negative, and a decision body of the plan's own
    /// organisation, for a standing plan only. <paramref name="existing"/> is the stored plan when editing:
    /// the decision body it already has stays valid.
    /// </summary>
    public static async Task<List<RuleError>> CheckAsync(AppDbContext db, int organizationId, int? projectId,
        DateOnly? periodStart, DateOnly? periodEnd, decimal? budgetAmount, int? decisionBodyId, CommunicationPlan? existing, CancellationToken ct)
    {
        var errors = new List<RuleError>();
        if (CommunicationPlan.CheckPeriod(periodStart, periodEnd) is { } period)
        {
            errors.Add(new("periodEnd", period));
        }
        if (CommunicationPlan.CheckBudget(budgetAmount) is { } budget)
        {
            errors.Add(new("budgetAmount", budget));
        }
        else if (budgetAmount > MaxBudget)
        {
            errors.Add(new("budgetAmount", BudgetTooLarge));
        }
        else if (budgetAmount is { } amount && decimal.Round(amount, 2) != amount)
        {
            errors.Add(new("budgetAmount", Kronor.TooManyDecimals));
        }
        if (decisionBodyId is { } body && body != existing?.DecisionBodyId)
        {
            if (projectId is not null)
            {
                errors.Add(new("decisionBodyId", NoBody));
            }
            else if (!await db.DecisionBodies.AnyAsync(d => d.Id == body && d.OrganizationId == organizationId, ct))
            {
                errors.Add(new("decisionBodyId", UnknownBody));
            }
        }
        return errors;
    }

    /// <summary>Adopting needs who adopted the plan and when (not in the future), and the version adopted.</summary>
    public static List<RuleError> CheckAdoption(string? adoptedBy, DateOnly? adoptedOn, string? documentVersion, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(adoptedBy))
        {
            errors.Add(new("adoptedBy", "Ange vem som fastställde planen, till exempel Styrgruppen."));
        }
        else if (adoptedBy.Trim().Length > CommunicationModel.ShortText)
        {
            errors.Add(new("adoptedBy", PlanBasics.TooLong, "Fastställd av", CommunicationModel.ShortText));
        }
        if (adoptedOn is null)
        {
            errors.Add(new("adoptedOn", "Ange datumet då planen fastställdes."));
        }
        else if (adoptedOn > today)
        {
            errors.Add(new("adoptedOn", "Datumet då planen fastställdes kan inte vara i framtiden."));
        }
        CheckVersion(errors, documentVersion);
        return errors;
    }

    /// <summary>A new document version needs the version and a note on what changed.</summary>
    public static List<RuleError> CheckRevision(string? documentVersion, string? note)
    {
        var errors = new List<RuleError>();
        CheckVersion(errors, documentVersion);
        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add(new("note", "Beskriv vad som är nytt i den här versionen."));
        }
        else if (note.Trim().Length > CommunicationModel.MediumText)
        {
            errors.Add(new("note", PlanBasics.TooLong, "Kommentar", CommunicationModel.MediumText));
        }
        return errors;
    }

    private static void CheckVersion(List<RuleError> errors, string? documentVersion)
    {
        if (string.IsNullOrWhiteSpace(documentVersion))
        {
            errors.Add(new("documentVersion", "Ange dokumentversionen, till exempel 1.0."));
        }
        else if (documentVersion.Trim().Length > 40)
        {
            errors.Add(new("documentVersion", PlanBasics.TooLong, "Dokumentversion", 40));
        }
    }

    /// <summary>Today in Sweden, where the plans are adopted.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? TimeZoneInfo.ConvertTime(now, zone) : now;
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>
    /// The errors on a page's form: each on <c>{prefix}.{Field}</c> (or the field named in
    /// <paramref name="fields"/>), in the language of the request.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, IStringLocalizer l, string prefix, IEnumerable<RuleError> errors,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        foreach (var error in errors)
        {
            var field = fields?.GetValueOrDefault(error.Field) ?? $"{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}";
            var arguments = error.Arguments.Select(a => a is string s ? l[s].Value : a).ToArray();
            modelState.AddModelError($"{prefix}.{field}", l[error.Message, arguments]);
        }
    }

    /// <summary>The message in Swedish, for the API.</summary>
    public static string Swedish(RuleError error) =>
        string.Format(CultureInfo.GetCultureInfo("sv-SE"), error.Message, error.Arguments);
}
