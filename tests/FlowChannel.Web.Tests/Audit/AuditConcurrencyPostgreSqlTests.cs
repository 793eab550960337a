using System.Net;
using System.Net.Http.Json;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Audit;

/// <summary>
/// On PostgreSQL, requests that each write to the audit log in their own transaction really overlap: the log must
/// still be one chain, with every entry in it and none of the requests failing because another was audited.
/// </summary>
public sealed class AuditConcurrencyPostgreSqlTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-audit-pg-");
    private FlowChannelHost _host = default!;

    public async Task InitializeAsync()
    {
        _host = new FlowChannelHost(_folder.FullName, "PostgreSql", await postgres.CreateDatabaseAsync("audit"));
        _ = _host.Server;
    }

    [Fact]
    public async Task Parallel_audited_requests_keep_one_valid_chain()
    {
        var admin = await ApiClient.AdminAsync(_host);
        var applicant = await ApiClient.ApplicantAsync(_host);
        var before = (long)(await AuditLogClient.VerifyAsync(admin))["count"]!;
        var anonymous = _host.CreateClient();

        // Failed sign-ins (one entry each, own command) and token creations (one entry each, inside the use case's
        // transaction), all at once.
        var signIns = Enumerable.Range(0, 16).Select(i => AuditLogClient.TokenSignInAsync(anonymous, $"nobody-{i}", "Wrong-Password-1"));
        var tokens = Enumerable.Range(0, 16).Select(i => applicant.PostAsJsonAsync("/api/tokens", new { name = $"parallel {i}", scope = "read", expiresInDays = 1 }));
        var responses = await Task.WhenAll(signIns.Concat(tokens));

        Assert.Equal(16, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(16, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var report = await AuditLogClient.VerifyAsync(admin);
        Assert.True((bool)report["intact"]!, report.ToJsonString());
        Assert.Equal(before + 32, (long)report["count"]!);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
