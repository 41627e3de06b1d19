using Kommunpilot.Features.FollowUp.Reports.Sections;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>The report services: drafting, the content as it reads, the changes, and each section key's data part.</summary>
public static class ReportsSetup
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ReportDrafting>();
        services.AddScoped<ReportContents>();
        services.AddScoped<Word.IReportContentLoader>(sp => sp.GetRequiredService<ReportContents>());
        services.AddScoped<ReportEditing>();
        // One data part per section key; a feature with a section of its own adds one more line like these.
        services.AddScoped<IReportSectionData, KpiSection>();
        services.AddScoped<IReportSectionData, DeliverablesSection>();
        services.AddScoped<IReportSectionData, MilestonesSection>();
        services.AddScoped<IReportSectionData, ChangesSection>();
        services.AddScoped<IReportSectionData, MovementSection>();
        services.AddScoped<IReportSectionData, PurposeAndGoalsSection>();
        services.AddScoped<IReportSectionData, GoalAttainmentSection>();
        return builder;
    }
}
