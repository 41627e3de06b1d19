namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// Marker for the texts of the communication Excel import of the activity plan. The Swedish text is the key;
/// <c>ImportTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class ImportTexts;
