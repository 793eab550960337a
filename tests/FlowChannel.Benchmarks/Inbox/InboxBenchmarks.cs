using FlowChannel.Application.Tasks.Inbox;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Inbox;

/// <summary>
/// The inbox (issue 6): the to-do tab's first page with every tab's count, for an approver with 10,000 open tasks on
/// SQLite, through the product's <see cref="ListInbox"/> in a fresh scope as a request runs it. The reference, measured
/// in the same run, is the least any inbox must do: one raw SQL read of the same 50 tasks by due time.
/// </summary>
[WarmupCount(3)]
[IterationCount(10)]
public class InboxBenchmarks
{
    public const int OpenTasks = 10_000;
    private const int PageSize = 50;

    private InboxDatabase _database = null!;
    private SqliteConnection _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = InboxDatabase.CreateAsync(OpenTasks).GetAwaiter().GetResult();
        _raw = new SqliteConnection($"Data Source={_database.File}");
        _raw.Open();
        // Checked once, so a fast wrong answer cannot pass for a result.
        var page = InboxTodoFirstPage();
        if (page.Counts.Todo != OpenTasks || page.Total != OpenTasks || page.Items.Count != PageSize || RawTaskPage() != PageSize)
        {
            throw new InvalidOperationException($"Unexpected inbox: {page.Counts.Todo} to do, {page.Total} total, {page.Items.Count} rows.");
        }
        SteadyState.Reach(() => InboxTodoFirstPage());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>What the inbox page asks on opening: the to-do tab's first page by due time, and the four counts.</summary>
    [Benchmark]
    public InboxPage InboxTodoFirstPage()
    {
        using var scope = _database.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ListInbox(_database.Approver, new InboxQuery { Tab = InboxTabs.Todo, PageSize = PageSize }))
            .AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reference: the same 50 open tasks by due time in one hand-written statement, no counts, no joins.</summary>
    [Benchmark]
    public int RawTaskPage()
    {
        using var command = _raw.CreateCommand();
        command.CommandText = """
            SELECT "Id", "Title", "DueAt", "CreatedAt" FROM "WorkflowTasks"
            WHERE "Status" = 'open' AND "AssigneeUserId" = $user
            ORDER BY "DueAt" IS NULL, "DueAt", "CreatedAt" DESC LIMIT $size
            """;
        command.Parameters.AddWithValue("$user", _database.Approver.UserId);
        command.Parameters.AddWithValue("$size", PageSize);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }
        return rows;
    }
}
