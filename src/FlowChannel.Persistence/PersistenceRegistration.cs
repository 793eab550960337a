using FlowChannel.Persistence.Changes;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers <see cref="FlowChannelDbContext"/> on the provider named by <c>Database:Provider</c>.
    /// <paramref name="defaultConnectionString"/> is used when <c>ConnectionStrings:FlowChannel</c> is unset.
    /// </summary>
    public static IServiceCollection AddFlowChannelPersistence(
        this IServiceCollection services,
        IConfiguration configuration,
        string defaultConnectionString,
        params IDatabaseProvider[] providers)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var provider = providers.FirstOrDefault(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported; use one of: {string.Join(", ", providers.Select(p => p.Name))}.");
        var connectionString = configuration.GetConnectionString("FlowChannel") ?? defaultConnectionString;
        provider.PrepareStorage(connectionString);

        services.AddSingleton(provider);
        services.AddSingleton(new DatabaseConnection(provider.Name, connectionString));
        // Pooled: a request (or workflow step) gets a reset context instead of building one, which is a measurable
        // part of a short unit of work. The context keeps no state of its own beyond EF's, which the pool resets.
        services.AddSingleton<FormDataChanges>();
        services.AddDbContextPool<FlowChannelDbContext>((sp, b) =>
            provider.Configure(b.AddInterceptors(sp.GetRequiredService<FormDataChanges>()), connectionString));
        return services;
    }
}

/// <summary>The provider and connection string in use, for diagnostics and the CLI.</summary>
public sealed record DatabaseConnection(string ProviderName, string ConnectionString);
