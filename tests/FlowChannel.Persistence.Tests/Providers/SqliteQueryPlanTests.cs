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

    [Fact]
    public async Task A_number_range_and_a_date_range_read_the_partial_value_indexes()
    {
        // As a driving filter reads them (GridFilters): the matching record ids, from the index alone.
        var numbers = await PlanAsync(_db.RecordFieldValues.Where(v => v.FormId == "orders" && v.FieldKey == "amount" && v.Number > 100 && v.Number <= 500).Select(v => v.RecordId));
        var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var dates = await PlanAsync(_db.RecordFieldValues.Where(v => v.FormId == "orders" && v.FieldKey == "due" && v.Date >= from).Select(v => v.RecordId));

        Assert.Contains("USING COVERING INDEX IX_RecordFieldValues_FormId_FieldKey_Number", numbers, StringComparison.Ordinal);
        Assert.Contains("USING COVERING INDEX IX_RecordFieldValues_FormId_FieldKey_Date", dates, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sort_walk_over_numbers_reads_the_partial_index_in_order()
    {
        // The grid's walk (GridPaging) keeps rows with a value only, which is the partial index's own condition.
        var plan = await PlanAsync(_db.RecordFieldValues
            .Where(v => v.FormId == "orders" && v.FieldKey == "amount" && v.Ordinal == 0 && v.Number != null)
            .OrderBy(v => v.Number).Select(v => v.RecordId).Take(50));

        Assert.Contains("IX_RecordFieldValues_FormId_FieldKey_Number", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_pointing_at_a_linked_record_and_a_partners_records_are_found_through_partial_indexes()
    {
        var target = Guid.NewGuid();
        var links = await PlanAsync(_db.RecordFieldValues.Where(v => v.LinkedRecordId == target && v.FieldKey == "partner"));
        var partner = await PlanAsync(_db.FormRecords.Where(r => r.FormId == "orders" && r.PartnerId == target));

        Assert.Contains("IX_RecordFieldValues_LinkedRecordId_FieldKey", links, StringComparison.Ordinal);
        Assert.Contains("IX_FormRecords_FormId_PartnerId", partner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grouping_runs_with_sorts_on_file_and_the_connection_gets_its_usual_settings_back_even_when_it_fails()
    {
        var provider = ProviderCases.Get("Sqlite");

        var during = await provider.RunGroupingAsync(_db, () => PragmaAsync("temp_store"), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            provider.RunGroupingAsync<long>(_db, () => throw new InvalidOperationException("the statement failed"), CancellationToken.None));

        Assert.Equal(1, during); // FILE
        Assert.Equal(2, await PragmaAsync("temp_store")); // MEMORY, the connection's usual setting
        Assert.Equal(-65536, await PragmaAsync("cache_size"));
    }

    private async Task<long> PragmaAsync(string name)
    {
        await _db.Database.OpenConnectionAsync();
        try
        {
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {name}";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
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
