namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>Marker for the texts of the reporting calendar, report schedule and overview; <c>CalendarTexts.en.resx</c> holds the English.</summary>
public sealed class CalendarTexts;
