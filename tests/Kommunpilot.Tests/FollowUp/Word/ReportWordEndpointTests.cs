using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.FollowUp.Reports.Word;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kommunpilot.Tests.FollowUp.Word;

/// <summary>
/// The export endpoint on a small host of its own: it is not registered in the application until the
/// report content service that implements <see cref="IReportContentLoader"/> is merged.
/// </summary>
public sealed class ReportWordEndpointTests : IAsyncDisposable
{
    private const string TestScheme = "Test";
    private WebApplication? _host;

    [Fact]
    public async Task A_report_comes_as_a_valid_docx_named_after_report_and_project()
    {
        var client = await ClientAsync(signedIn: true);
        using var response = await client.GetAsync(ReportWordEndpoint.Url(17), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Uppföljningsrapport 1 Samordnade servicetjänster.docx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Uppf%C3%B6ljningsrapport%201%20Samordnade%20servicetj%C3%A4nster.docx", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        using var doc = ReportSamples.Open(bytes);
        Assert.Equal("Uppföljningsrapport 1", ReportSamples.Paragraphs(doc.MainDocumentPart!, "Title").Single());
    }

    [Fact]
    public async Task An_unknown_report_is_404_with_a_swedish_problem()
    {
        var client = await ClientAsync(signedIn: true);
        using var response = await client.GetAsync(ReportWordEndpoint.Url(18), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Rapporten finns inte.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_sign_in_nothing_is_exported()
    {
        var client = await ClientAsync(signedIn: false);
        using var response = await client.GetAsync(ReportWordEndpoint.Url(17), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpClient> ClientAsync(bool signedIn)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(TestScheme).AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestScheme, _ => { });
        builder.Services.AddAuthorizationBuilder().AddPolicy(Kommunpilot.Infrastructure.Web.Platform.ApiPolicy, p => p.AddAuthenticationSchemes(TestScheme).RequireAuthenticatedUser());
        builder.Services.AddSingleton<IReportContentLoader, OneReport>();
        _host = builder.Build();
        _host.UseAuthentication();
        _host.UseAuthorization();
        _host.MapReportWordExport();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        var client = _host.GetTestClient();
        if (signedIn)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.Header, "ja");
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Report 17 is the sample draft; every other id is unknown.</summary>
    private sealed class OneReport : IReportContentLoader
    {
        public Task<ReportContent?> LoadAsync(int reportId, CancellationToken ct) =>
            Task.FromResult(reportId == 17 ? ReportSamples.Draft() : null);
    }

    /// <summary>Signed in when the request carries the test header; otherwise no one (401).</summary>
    private sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Header = "X-Test-Signed-In";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.ContainsKey(Header)
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test")], TestScheme)), TestScheme))
                : AuthenticateResult.NoResult());
    }
}
