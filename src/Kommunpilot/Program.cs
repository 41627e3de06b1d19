using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Demo;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddDemoData();

var app = builder.Build();
app.UsePlatform();
app.MapAccountsApi();
app.MapProjectsApi();
app.MapCommunicationApi();
Kommunpilot.Features.FollowUp.Measurements.MeasurementsApi.MapMeasurementsApi(app);

await DatabaseSetup.MigrateAsync(app.Services);
await DemoData.SeedAsync(app.Services);
await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
