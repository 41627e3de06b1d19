using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The plans API's writes of the plan itself: create (empty or from an earlier plan) and change its own fields.</summary>
internal static class PlanWrites
{
    public static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult>> CreateForProjectAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.OrganizationId }).SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return ProjectsApi.NotFound();
        }
        if (!await ProjectAccess.CanEditAsync(db, id, ct))
        {
            return Forbidden("Du har läsbehörighet till projektet men får inte skapa kommunikationsplaner i det (rollen redaktör eller högre krävs).");
        }
        var (input, bad) = await ApiJson.ReadAsync<NewPlan>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await CheckNewAsync(db, input!, project.OrganizationId, project.Id, decisionBodyId: null, ct);
        var source = await SourceAsync(db, input!, errors, s => s.ProjectId == project.Id, "Planen att utgå från hör inte till det här projektet.", ct);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var plan = source is null
            ? PlanCopy.New(project.OrganizationId, project.Id, null, input!)
            : PlanCopy.From(source, input!, input!.CarryOver ?? new CarryOver());
        return await CreatedAsync(db, plan, ct);
    }

    public static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult>> CreateStandingAsync(
        HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var (input, bad) = await ApiJson.ReadAsync<NewStandingPlan>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        if (input!.OrganizationId is { } orgId)
        {
            if (!db.CurrentUser.Roles.ContainsKey(orgId))
            {
                var unknown = new ApiErrors();
                unknown.Add("organizationId", "Okänd organisation: du är inte medlem i den.");
                return unknown.ToProblem();
            }
            if (!CommunicationAccess.CanEditInOrganization(db, orgId))
            {
                return Forbidden("Bara redaktörer, projektledare och administratörer kan skapa kommunikationsplaner i organisationen.");
            }
        }
        var org = input.OrganizationId ?? 0;
        var errors = await CheckNewAsync(db, input, org, projectId: null, input.DecisionBodyId, ct);
        var source = await SourceAsync(db, input, errors, s => s.ProjectId == null && s.OrganizationId == org,
            "Planen att utgå från är inte en stående plan i organisationen.", ct);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        CommunicationPlan plan;
        if (source is null)
        {
            plan = PlanCopy.New(org, null, input.DecisionBodyId, input);
        }
        else
        {
            plan = PlanCopy.From(source, input, input.CarryOver ?? new CarryOver());
            plan.DecisionBodyId = input.DecisionBodyId ?? source.DecisionBodyId;
        }
        return await CreatedAsync(db, plan, ct);
    }

    public static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> UpdateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var (plan, denied) = await OpenAsync(db, id, ct);
        if (denied is not null)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<PlanUpdate>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        AddRules(errors, await PlanRules.CheckAsync(db, plan!.OrganizationId, plan.ProjectId, input!.PeriodStart, input.PeriodEnd,
            input.BudgetAmount, input.DecisionBodyId, plan, ct));
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (plan.Version != input.Version)
        {
            // Stale even when nothing differs (EF would then send no UPDATE and never notice).
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        input.ApplyFieldsTo(plan);
        plan.BudgetAmount = input.BudgetAmount;
        db.ExpectVersion(plan, input.Version!.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        return TypedResults.Ok((await PlanQueries.DetailsAsync(db, id, ct))!);
    }

    /// <summary>The plan, tracked, or the answer instead: 404 when it is not visible, 403 for a reader.</summary>
    internal static async Task<(CommunicationPlan? Plan, ProblemHttpResult? Denied)> OpenAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return (null, CommunicationApi.PlanNotFound());
        }
        if (!await CommunicationAccess.CanEditAsync(db, plan.OrganizationId, plan.ProjectId, ct))
        {
            return (null, Forbidden("Du har läsbehörighet till planen men får inte ändra den (rollen redaktör eller högre krävs)."));
        }
        return (plan, null);
    }

    private static async Task<ApiErrors> CheckNewAsync(AppDbContext db, NewPlan input, int organizationId, int? projectId, int? decisionBodyId, CancellationToken ct)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        AddRules(errors, await PlanRules.CheckAsync(db, organizationId, projectId, input.PeriodStart, input.PeriodEnd, null, decisionBodyId, null, ct));
        return errors;
    }

    /// <summary>The plan to start from, when one is named: visible, and of the same project or organisation.</summary>
    private static async Task<CommunicationPlan?> SourceAsync(AppDbContext db, NewPlan input, ApiErrors errors,
        Func<CommunicationPlan, bool> sameScope, string otherScope, CancellationToken ct)
    {
        if (input.CopyFromPlanId is not { } sourceId || errors.Any)
        {
            return null;
        }
        var source = await PlanCopy.LoadSourceAsync(db, sourceId, ct);
        if (source is null)
        {
            errors.Add("copyFromPlanId", "Planen att utgå från finns inte bland dem du har tillgång till.");
        }
        else if (!sameScope(source))
        {
            errors.Add("copyFromPlanId", otherScope);
        }
        return errors.Any ? null : source;
    }

    private static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult>> CreatedAsync(AppDbContext db, CommunicationPlan plan, CancellationToken ct)
    {
        db.CommunicationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        var created = await PlanQueries.DetailsAsync(db, plan.Id, ct);
        return TypedResults.Created($"/api/communication-plans/{plan.Id}", created);
    }

    internal static void AddRules(ApiErrors errors, IEnumerable<RuleError> rules)
    {
        foreach (var error in rules)
        {
            if (!errors.Has(error.Field))
            {
                errors.Add(error.Field, PlanRules.Swedish(error));
            }
        }
    }

    /// <summary>409 with the stored plan and version, and, for a change of fields, what differs from what was sent.</summary>
    internal static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> ConflictAsync(
        AppDbContext db, int id, PlanUpdate? sent, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await PlanQueries.DetailsAsync(db, id, ct);
        if (current is null)
        {
            return TypedResults.Problem(title: "Planen har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);
        }
        var problem = new PlanConflictProblem(
            Type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Title: "Planen har ändrats av någon annan.",
            Status: StatusCodes.Status409Conflict,
            Detail: "Ingenting har sparats eller skrivits över. De sparade värdena står i current. Vill du ändå spara, skicka igen med version = currentVersion.",
            CurrentVersion: current.Version,
            Current: current,
            Changes: sent is null ? [] : Differences(sent, current),
            TraceId: Activity.Current?.Id ?? http.TraceIdentifier);
        return TypedResults.Json(problem, statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
    }

    /// <summary>Field by field, what the caller sent and what is stored, where they differ.</summary>
    private static List<ConflictChange> Differences(PlanUpdate sent, PlanDetails stored)
    {
        var changes = new List<ConflictChange>();
        foreach (var property in typeof(PlanUpdate).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (typeof(PlanDetails).GetProperty(property.Name) is not { } other || property.Name == nameof(PlanUpdate.Version))
            {
                continue;
            }
            var (mine, theirs) = (Format(property.GetValue(sent)), Format(other.GetValue(stored)));
            if (mine != theirs)
            {
                changes.Add(new ConflictChange(ApiValidation.Key(property.Name), mine, theirs));
            }
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => PlanBasics.Clean(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: detail, statusCode: StatusCodes.Status403Forbidden);
}
