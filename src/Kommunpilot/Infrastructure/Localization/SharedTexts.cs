namespace Kommunpilot.Infrastructure.Localization;

/// <summary>
/// Marker for the shared texts. The Swedish text is the key; <c>SharedTexts.en.resx</c> beside this
/// file holds the English. Each feature has its own Texts class and resx in its folder.
/// </summary>
public sealed class SharedTexts;
