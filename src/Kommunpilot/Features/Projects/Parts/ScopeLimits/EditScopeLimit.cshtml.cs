using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.ScopeLimits;

/// <summary>Edits or deletes one scope limit (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditScopeLimitModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<ScopeLimit, ScopeLimitInput>(db, l)
{
    protected override string ListPage => "ScopeLimits";

    protected override string PartTitle => L["Avgränsningar"];

    protected override string Fields => "_ScopeLimitFields";

    protected override ScopeLimitInput ToInput(ScopeLimit item) => ScopeLimitInput.From(item);

    protected override string NameOf(ScopeLimitInput input) => L["avgränsning nr {0}", input.Order ?? 0];

    protected override string Saved(ScopeLimitInput saved) => L["Avgränsning nr {0} är sparad.", saved.Order ?? 0];

    protected override string Deleted(ScopeLimitInput deleted) => L["Avgränsning nr {0} är borttagen.", deleted.Order ?? 0];

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(ScopeLimit.Description) => f.Named(L["Avgränsning"]),
        nameof(ScopeLimit.Reason) => f.Named(L["Skäl"]),
        nameof(ScopeLimit.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
