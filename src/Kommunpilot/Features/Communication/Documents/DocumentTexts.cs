namespace Kommunpilot.Features.Communication.Documents;

/// <summary>
/// Marker for the texts of the communication plan documents (Word, Excel, calendar, import). The Swedish text is the key;
/// <c>DocumentTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class DocumentTexts;
