using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Members;

/// <summary>Edits or removes someone in the project's organisation (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditMemberModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<ProjectMember, MemberInput>(db, l)
{
    protected override string ListPage => "Members";

    protected override string PartTitle => L["Projektorganisation"];

    protected override string Fields => "_MemberFields";

    protected override MemberInput ToInput(ProjectMember item) => MemberInput.From(item);

    protected override string NameOf(MemberInput input) => input.Name;

    protected override string Saved(MemberInput saved) => L["Uppgifterna om {0} är sparade.", saved.Name];

    protected override string Deleted(MemberInput deleted) => L["{0} är borttagen ur projektets organisation.", deleted.Name];

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(ProjectMember.Group) => f.Named(L["Grupp"], v => T.Choice<ProjectGroup>(v, Labels.Of)),
        nameof(ProjectMember.Name) => f.Named(T["Namn"]),
        nameof(ProjectMember.Role) => f.Named(L["Roll"]),
        nameof(ProjectMember.Affiliation) => f.Named(L["Tillhörighet"]),
        nameof(ProjectMember.Email) => f.Named(T["E-postadress"]),
        _ => f,
    };
}
