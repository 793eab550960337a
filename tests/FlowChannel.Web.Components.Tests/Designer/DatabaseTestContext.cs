using System.Security.Claims;
using FlowChannel.Application;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Components.Tests.Designer;

/// <summary>
/// A bUnit context whose components talk to the real use cases on a real SQLite file (migrated, empty), signed in as
/// a designer; <see cref="SendAsync{T}(Mediator.ICommand{T})"/> seeds data the way the pages would.
/// </summary>
public abstract class DatabaseTestContext : FormTestContext, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-bunit-");

    protected static readonly Actor Designer = new("designer-1", "Dana Designer", new HashSet<string>([RoleNames.Designer], StringComparer.Ordinal));

    protected DatabaseTestContext()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging();
        Services.AddFlowChannelPersistence(configuration, $"Data Source={Path.Combine(_folder.FullName, "designer.db")}", new SqliteDatabaseProvider());
        Services.AddFlowChannelApplication();
        Services.AddSingleton<RequestSender>();
        AddAuthorization().SetAuthorized(Designer.DisplayName).SetRoles(RoleNames.Designer)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, Designer.UserId));
    }

    protected RequestSender Sender => Services.GetRequiredService<RequestSender>();

    protected Task<T> SendAsync<T>(Mediator.ICommand<T> command) => Sender.SendAsync(command);

    protected Task<T> SendAsync<T>(Mediator.IQuery<T> query) => Sender.SendAsync(query);

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    // xunit disposes the bUnit context itself afterwards; pooled connections are closed first so the file can go.
    Task IAsyncLifetime.DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
