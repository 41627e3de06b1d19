namespace Kommunpilot.Features.Communication.Views;

/// <summary>
/// Marker for the texts of the communication views of the activity plan (timeline, coverage, hours, late, stakeholder map). The Swedish text is the key;
/// <c>ViewTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class ViewTexts;
