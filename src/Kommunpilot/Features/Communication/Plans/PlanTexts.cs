namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// Marker for the texts of the communication plan pages (list, create, sections, status, history). The Swedish text is the key;
/// <c>PlanTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class PlanTexts;
