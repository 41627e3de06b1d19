namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>Marker for the texts of KPI register and KPI pages; <c>KpiTexts.en.resx</c> holds the English.</summary>
public sealed class KpiTexts;
