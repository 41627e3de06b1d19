using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>POST and PUT of a project's own fields. Sub-collections (goals, deliverables ...) are read-only here.</summary>
internal static class ProjectWrites
{
    public static async Task<Results<Created<ProjectDetails>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var (input, bad) = await ApiJson.ReadAsync<NewProject>(request, ct);
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
            if (!ProjectAccess.CanCreateIn(db, orgId))
            {
                return Forbidden("Bara projektledare och administratörer kan skapa projekt i organisationen.");
            }
        }
        var errors = await ApiProjectRules.CheckAsync(db, input, input.OrganizationId ?? 0, existing: null, ct);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = new Project { Name = "", OrganizationId = input.OrganizationId!.Value, Status = ProjectStatus.Idea };
        input.ApplyTo(project);
        project.Owners.Add(new ProjectOwner { OrganizationId = project.OrganizationId });
        db.Projects.Add(project);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (project.Code is not null)
        {
            // Two requests with the same code at once: the unique index stopped the second.
            if (await CodeTakenAsync(db, project.OrganizationId, project.Code, projectId: null, ct))
            {
                return CodeTaken(project.Code);
            }
            throw;
        }
        var created = await ProjectQueries.DetailsAsync(db, project.Id, ct);
        return TypedResults.Created($"/api/projects/{project.Id}", created);
    }

    public static async Task<Results<Ok<ProjectDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ProjectConflictProblem>>> UpdateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return ProjectsApi.NotFound();
        }
        if (!await ProjectAccess.CanEditAsync(db, id, ct))
        {
            return Forbidden("Du har läsbehörighet till projektet men får inte ändra det (rollen redaktör eller högre krävs).");
        }
        var (input, bad) = await ApiJson.ReadAsync<ProjectUpdate>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await ApiProjectRules.CheckAsync(db, input!, project.OrganizationId, project, ct);
        if (input!.Status is null)
        {
            errors.Add("status", "Status måste anges.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (project.Version != input.Version)
        {
            // Stale even when nothing differs (EF would then send no UPDATE and never notice).
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        input.ApplyTo(project);
        db.ExpectVersion(project, input.Version!.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        catch (DbUpdateException) when (project.Code is not null)
        {
            if (await CodeTakenAsync(db, project.OrganizationId, project.Code, id, ct))
            {
                return CodeTaken(project.Code);
            }
            throw;
        }
        return TypedResults.Ok((await ProjectQueries.DetailsAsync(db, id, ct))!);
    }

    /// <summary>409 with the stored values and version, and what differs from what was sent. Nothing is written.</summary>
    private static async Task<Results<Ok<ProjectDetails>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ProjectConflictProblem>>> ConflictAsync(
        AppDbContext db, int id, ProjectUpdate sent, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await ProjectQueries.DetailsAsync(db, id, ct);
        if (current is null)
        {
            return TypedResults.Problem(title: "Projektet har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);
        }
        var problem = new ProjectConflictProblem(
            Type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Title: "Projektet har ändrats av någon annan.",
            Status: StatusCodes.Status409Conflict,
            Detail: "Ingenting har sparats eller skrivits över. De sparade värdena står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
            CurrentVersion: current.Version,
            Current: current,
            Changes: Differences(typeof(ProjectFields), sent, current, ""),
            TraceId: Activity.Current?.Id ?? http.TraceIdentifier);
        return TypedResults.Json(problem, statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
    }

    /// <summary>Field by field, what the caller sent and what is stored, where they differ.</summary>
    private static List<ConflictChange> Differences(Type fields, object? sent, object? stored, string prefix)
    {
        var changes = new List<ConflictChange>();
        foreach (var property in fields.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var key = prefix + ApiValidation.Key(property.Name);
            var (mine, theirs) = (sent is null ? null : property.GetValue(sent), stored is null ? null : property.GetValue(stored));
            if (ApiValidation.IsInputObject(property.PropertyType))
            {
                changes.AddRange(Differences(property.PropertyType, mine, theirs, key + "."));
            }
            else if (Format(mine) != Format(theirs))
            {
                changes.Add(new ConflictChange(key, Format(mine), Format(theirs)));
            }
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => ProjectFields.Clean(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Task<bool> CodeTakenAsync(AppDbContext db, int organizationId, string code, int? projectId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return ProjectRules.CodeTakenAsync(db, organizationId, code, projectId, ct);
    }

    private static ValidationProblem CodeTaken(string code)
    {
        var errors = new ApiErrors();
        errors.Add("code", $"Projektkoden {code} används redan av ett annat projekt i organisationen.");
        return errors.ToProblem();
    }

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: detail, statusCode: StatusCodes.Status403Forbidden);
}
