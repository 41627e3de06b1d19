namespace Kommunpilot.Features.Organizations;

/// <summary>
/// Marker for the organisation administration's texts. The Swedish text is the key;
/// <c>OrganizationTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class OrganizationTexts;
