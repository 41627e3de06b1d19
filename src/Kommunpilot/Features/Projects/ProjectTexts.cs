namespace Kommunpilot.Features.Projects;

/// <summary>
/// Marker for the project register pages' texts. The Swedish text is the key;
/// <c>ProjectTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class ProjectTexts;
