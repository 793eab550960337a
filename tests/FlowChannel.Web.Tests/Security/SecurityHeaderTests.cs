using System.Net;
using System.Net.Http.Json;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Security;

/// <summary>Headers and limits seen by a real client over Kestrel, not the in-memory test server.</summary>
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-security-");
    private FlowChannelHost? _host;
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        var port = FreeTcpPort.Get();
        _host = new FlowChannelHost(_folder.FullName);
        _host.UseKestrel(port);
        _host.StartServer();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Pages_and_the_api_send_the_security_headers()
    {
        foreach (var path in new[] { "/login", "/api/forms" })
        {
            using var response = await _client!.GetAsync(path);

            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_api_request_body_over_the_limit_is_refused_with_413()
    {
        var huge = new string('x', 5 * 1024 * 1024);

        using var response = await _client!.PostAsJsonAsync("/api/auth/token", new { userName = huge, password = "x" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}
