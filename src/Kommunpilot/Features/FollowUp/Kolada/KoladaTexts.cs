namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>Marker for the texts of Kolada import and comparison; <c>KoladaTexts.en.resx</c> holds the English.</summary>
public sealed class KoladaTexts;
