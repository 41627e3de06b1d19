using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>Makes a concurrency conflict on a project readable: users' words for fields and values.</summary>
public static class ProjectConflict
{
    /// <summary>A text from the project register's texts, else from the shared ones.</summary>
    public static string Localize(IStringLocalizer<ProjectTexts> l, IStringLocalizer<SharedTexts> t, string text)
    {
        var own = l[text];
        return own.ResourceNotFound ? t[text] : own;
    }

    /// <summary>For <c>ViewData["ConflictLabels"]</c>: the project's field names as on the form.</summary>
    public static IReadOnlyDictionary<string, string> Labels(Func<string, string> localize) =>
        ProjectFields.ProjectLabels.ToDictionary(kv => kv.Key, kv => localize(kv.Value));

    /// <summary>The same conflict with stored values as users read them (status labels, names for ids).</summary>
    public static Conflict Readable(Conflict conflict, string entityType, Func<string, string> localize,
        IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> names) =>
        conflict with
        {
            Fields = [.. conflict.Fields.Select(f => f with
            {
                Mine = ProjectFields.Value(entityType, f.Name, f.Mine, localize, names),
                Theirs = ProjectFields.Value(entityType, f.Name, f.Theirs, localize, names),
            })],
        };
}
