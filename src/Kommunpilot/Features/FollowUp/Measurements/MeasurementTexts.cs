namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>Marker for the texts of measurement entry, grid and Excel; <c>MeasurementTexts.en.resx</c> holds the English.</summary>
public sealed class MeasurementTexts;
