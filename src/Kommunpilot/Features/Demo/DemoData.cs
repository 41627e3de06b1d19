namespace Kommunpilot.Features.Demo;

public static class DemoData
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection("DemoData"));
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }
}
