namespace Kommunpilot.Features.Communication;

/// <summary>
/// Marker for texts shared by every communication page: the labels of <see cref="CommunicationLabels"/>
/// and the plan's navigation. <c>CommunicationTexts.en.resx</c> holds the English.
/// </summary>
public sealed class CommunicationTexts;
