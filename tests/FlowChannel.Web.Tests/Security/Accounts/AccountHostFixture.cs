using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>
/// The real app for the account tests. Sign-in cookies are checked against the security stamp on every request (in
/// production once a minute), so "the old session ends" is visible at once; the background sweep is off so that each
/// test delivers the outbox itself and knows when the mail is in the pickup folder.
/// </summary>
public class AccountHostFixture : IAsyncLifetime
{
    public const string Password = "Account-Test-Pass-1";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-accounts-");

    public FlowChannelHost Host { get; private set; } = default!;

    public string PickupFolder => Path.Combine(_folder.FullName, "mail-pickup");

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowChannel:Accounts:SessionCheckInterval"] = "00:00:00",
        ["FlowChannel:Accounts:PasswordResetRequestLimit"] = "1000",
        ["FlowChannel:Scheduler:Enabled"] = "false",
    };

    public Task InitializeAsync()
    {
        Host = new FlowChannelHost(_folder.FullName, settings: Settings);
        _ = Host.Server;
        return Task.CompletedTask;
    }

    /// <summary>A fresh account of its own for each test, so tests never share lockout counts or second factors.</summary>
    public async Task<FlowChannelUser> CreateUserAsync(string prefix, string? culture = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var name = $"{prefix}-{Guid.NewGuid():N}"[..24];
        var user = new FlowChannelUser { UserName = name, DisplayName = name, Email = $"{name}@example.com", EmailConfirmed = true, Culture = culture };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return user;
    }

    public async Task<FlowChannelUser> ReloadAsync(string userName)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>().FindByNameAsync(userName))!;
    }

    /// <summary>Delivers what the outbox holds now, as the background sweep would.</summary>
    public Task<int> DeliverMailAsync() =>
        Host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(100, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
