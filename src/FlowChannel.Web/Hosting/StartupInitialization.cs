using FlowChannel.Application.Setup;
using FlowChannel.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FlowChannel.Web.Hosting;

public static class StartupInitialization
{
    /// <summary><c>flowchannel db migrate</c>: the schema only, no pack and no users.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FlowChannel.Persistence.DatabaseMigrator>().MigrateAsync();
        Console.WriteLine($"Database is up to date ({app.Services.GetRequiredService<FlowChannel.Persistence.DatabaseConnection>().ProviderName}).");
    }

    /// <summary>
    /// Migrates, imports the bundled pack and seeds users before the first request is served, then prints
    /// the passwords generated for new users (once: on later starts the users exist) and the address.
    /// </summary>
    public static async Task InitializeFlowChannelAsync(this WebApplication app)
    {
        // Jint builds its time-zone tables on first use (seconds); do it while migrations run, not in the first request.
        var runner = app.Services.GetRequiredService<WorkflowRunner>();
        var warmUp = Task.Run(runner.WarmUp);
        var credentials = await app.Services.GetRequiredService<FlowChannelSetup>().InitializeAsync(app.Lifetime.ApplicationStopping);
        foreach (var credential in credentials)
        {
            var password = credential.GeneratedPassword ?? "(from the environment)";
            Console.WriteLine($"FlowChannel user created: {credential.UserName} ({credential.Role}) password: {password}");
        }
        if (credentials.Any(c => c.GeneratedPassword is not null))
        {
            Console.WriteLine("These generated passwords are shown only this once; change them after signing in.");
        }
        await warmUp;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"FlowChannel is running at {address}");
            }
        });
    }
}
