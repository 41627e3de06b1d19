namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// Marker for the texts of the communication plan register pages (target groups, goals, messages, channels, risks, people). The Swedish text is the key;
/// <c>RegisterTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class RegisterTexts;
