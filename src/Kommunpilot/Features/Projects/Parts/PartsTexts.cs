using Kommunpilot.Infrastructure.Web;

namespace Kommunpilot.Features.Projects.Parts;

/// <summary>The texts of the project part pages. The Swedish text is the key; PartsTexts.en.resx holds the English.</summary>
public sealed class PartsTexts;

/// <summary>What the heading partial shows: where the page sits under the project, and the message after a change.</summary>
public sealed record PartHeading(PartProject Project, string Part, string PartUrl, string? Item = null, string? Message = null);

/// <summary>What the <c>_AddItem</c> partial shows under a list: its heading, the part's fields partial and form, the button.</summary>
public sealed record PartAdder(string Heading, string Fields, object Input, string Button);

/// <summary>What the <c>_EditItem</c> partial shows: the page's heading, the delete question, a conflict, and the form.</summary>
public sealed record PartEditor(PartHeading Heading, string ItemName, bool ConfirmDelete, Conflict? Conflict, string Fields, object Input, Guid? Version);
