namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// Marker for the texts of the communication activity plan pages and views. The Swedish text is the key;
/// <c>ActivityTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class ActivityTexts;
