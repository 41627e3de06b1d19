namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>Marker for the texts of report drafting, adoption and documents; <c>ReportTexts.en.resx</c> holds the English.</summary>
public sealed class ReportTexts;
