namespace Kommunpilot.Features.Projects.Parts;

/// <summary>The texts of the project part pages. The Swedish text is the key; PartsTexts.en.resx holds the English.</summary>
public sealed class PartsTexts;

/// <summary>What the heading partial shows: where the page sits under the project, and the message after a change.</summary>
public sealed record PartHeading(PartProject Project, string Part, string PartUrl, string? Item = null, string? Message = null);

/// <summary>What an edit page shows around its form: the question before a delete, and a conflict.</summary>
public sealed record EditNotices(string ItemName, bool ConfirmDelete, Kommunpilot.Infrastructure.Web.Conflict? Conflict);
