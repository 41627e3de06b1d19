using System.Diagnostics;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The plans API's status writes: adopt, declare a new version, return to draft or archive. Each checks the version the caller read.</summary>
internal static class PlanStatusWrites
{
    public static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> AdoptAsync(
        int id, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (plan, denied) = await PlanWrites.OpenAsync(db, id, ct);
        if (denied is not null)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<Adoption>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        var version = PlanBasics.Clean(input!.DocumentVersion) ?? plan!.DocumentVersion;
        PlanWrites.AddRules(errors, PlanRules.CheckAdoption(input.AdoptedBy, input.AdoptedOn, version, PlanRules.Today(clock)));
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        PlanStatusChanges.Adopt(plan!, input.AdoptedBy!, input.AdoptedOn!.Value, version!, PlanStatusChanges.UserName(request.HttpContext.User), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(db, plan!, input.Version!.Value, request.HttpContext, ct);
    }

    public static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> ReviseAsync(
        int id, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (plan, denied) = await PlanWrites.OpenAsync(db, id, ct);
        if (denied is not null)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<NewRevision>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        PlanWrites.AddRules(errors, PlanRules.CheckRevision(input!.DocumentVersion, input.Note));
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        PlanStatusChanges.Revise(plan!, input.DocumentVersion!, input.Note!, PlanStatusChanges.UserName(request.HttpContext.User), clock.GetUtcNow().UtcDateTime);
        var saved = await SaveAsync(db, plan!, input.Version!.Value, request.HttpContext, ct);
        return saved.Result switch
        {
            Ok<PlanDetails> ok => TypedResults.Created($"/api/communication-plans/{id}", ok.Value),
            ProblemHttpResult p => p,
            JsonHttpResult<PlanConflictProblem> c => c,
            _ => throw new UnreachableException(),
        };
    }

    public static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> SetStatusAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var (plan, denied) = await PlanWrites.OpenAsync(db, id, ct);
        if (denied is not null)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<StatusChange>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        if (input!.Status == PlanStatus.Adopted)
        {
            errors.Add("status", "Fastställ planen med POST /api/communication-plans/{id}/adopt, som också anger vem som fastställde den och när.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        PlanStatusChanges.Set(plan!, input.Status!.Value);
        return await SaveAsync(db, plan!, input.Version!.Value, request.HttpContext, ct);
    }

    /// <summary>Saves a status change checked against the version the caller read; every such change bumps the version.</summary>
    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<PlanConflictProblem>>> SaveAsync(
        AppDbContext db, CommunicationPlan plan, Guid version, HttpContext http, CancellationToken ct)
    {
        if (plan.Version != version)
        {
            return await PlanWrites.ConflictAsync(db, plan.Id, sent: null, http, ct);
        }
        db.ExpectVersion(plan, version);
        db.Entry(plan).Property(p => p.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PlanWrites.ConflictAsync(db, plan.Id, sent: null, http, ct);
        }
        return TypedResults.Ok((await PlanQueries.DetailsAsync(db, plan.Id, ct))!);
    }
}
