using Kommunpilot.Features.FollowUp.Calendar;
using Kommunpilot.Features.FollowUp.Kolada;
using Kommunpilot.Features.FollowUp.Kpis;
using Kommunpilot.Features.FollowUp.Measurements;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.FollowUp.Reports.Word;

namespace Kommunpilot.Features.FollowUp;

/// <summary>Follow-up's services and API endpoints, registered from <c>Program.cs</c> in one line each.</summary>
public static class FollowUpSetup
{
    public static WebApplicationBuilder AddFollowUp(this WebApplicationBuilder builder) =>
        builder.AddReports();

    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        app.MapKpisApi();
        app.MapMeasurementsApi();
        app.MapKoladaApi();
        app.MapReportScheduleApi();
        app.MapReportsApi();
        app.MapReportWordExport();
        return app;
    }
}
