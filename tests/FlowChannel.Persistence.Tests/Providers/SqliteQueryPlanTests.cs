using FlowChannel.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Providers;

/// <summary>
/// Lookups that must stay index seeks as tables grow, checked with SQLite's own query plan on a migrated file: a scan
/// here costs nothing on a test database and seconds on a million records, so only the plan can tell.
/// </summary>
public sealed class SqliteQueryPlanTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-plans-");
    private FlowChannelDbContext _db = default!;

    public async Task InitializeAsync()
    {
        var connectionString = $"Data Source={Path.Combine(_folder.FullName, "plans.db")}";
        var provider = ProviderCases.Get("Sqlite");
        provider.PrepareStorage(connectionString);
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        provider.Configure(builder, connectionString);
        _db = new FlowChannelDbContext(builder.Options);
        await new DatabaseMigrator(_db, provider).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_record_of_a_flow_is_found_by_its_instance_through_an_index()
    {
        var plan = await PlanAsync(_db.FormRecords.Where(r => r.WorkflowInstanceId == "instance-1"));

        Assert.Contains("USING INDEX IX_FormRecords_WorkflowInstanceId", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approvers_open_tasks_come_in_due_order_from_the_index_without_a_sort()
    {
        var plan = await PlanAsync(_db.WorkflowTasks
            .Where(t => t.Status == TaskStatuses.Open && t.AssigneeUserId == "user-1")
            .OrderBy(t => t.DueAt).Take(50));

        Assert.Contains("IX_WorkflowTasks_Status_AssigneeUserId_DueAt", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for the statement EF generates for <paramref name="query"/>, its rows joined by newlines.</summary>
    private async Task<string> PlanAsync<T>(IQueryable<T> query)
    {
        var connection = _db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // ToQueryString declares each parameter as ".param set @p 'value'" lines before the statement.
        var lines = query.ToQueryString().Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].Trim('\'');
            command.Parameters.Add(parameter);
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }
        return string.Join('\n', rows);
    }
}
