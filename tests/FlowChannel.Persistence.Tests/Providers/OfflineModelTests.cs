using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowChannel.Persistence.Tests.Providers;

/// <summary>
/// Every provider's model builds and its migrations turn into SQL without a server, which is how SQL Server
/// (not runnable on these machines) is kept honest.
/// </summary>
public sealed class OfflineModelTests
{
    [Theory]
    [MemberData(nameof(ProviderCases.Names), MemberType = typeof(ProviderCases))]
    public void Model_builds_with_every_entity(string provider)
    {
        using var db = ProviderCases.OfflineContext(provider);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
        Assert.Contains("FormRecords", tables);
        Assert.Contains("WorkflowInstances", tables);
        Assert.Contains("WorkflowTasks", tables);
        Assert.Contains("AspNetUsers", tables);
    }

    [Theory]
    [MemberData(nameof(ProviderCases.Names), MemberType = typeof(ProviderCases))]
    public void Migrations_cover_the_current_model(string provider)
    {
        using var db = ProviderCases.OfflineContext(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model changed without a migration: run scripts/add-migration.sh <Name>.");
    }

    [Theory]
    [MemberData(nameof(ProviderCases.Names), MemberType = typeof(ProviderCases))]
    public void Migrations_generate_sql(string provider)
    {
        using var db = ProviderCases.OfflineContext(provider);
        // SQLite cannot make idempotent scripts (EF has no IF there); the servers' scripts are idempotent for deployment.
        var options = provider == "Sqlite" ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = db.GetService<IMigrator>().GenerateScript(options: options);
        Assert.Contains("WorkflowTasks", script, StringComparison.Ordinal);
        Assert.Contains("IX_WorkflowTasks_BookmarkId", script, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_script_uses_sql_server_types()
    {
        using var db = ProviderCases.OfflineContext("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains("nvarchar(max)", script, StringComparison.Ordinal);
        Assert.Contains("datetime2", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_WorkflowTasks_BookmarkId]", script, StringComparison.Ordinal);
        var idempotent = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("IF NOT EXISTS", idempotent, StringComparison.Ordinal);
    }
}
