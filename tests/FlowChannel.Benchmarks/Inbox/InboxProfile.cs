using FlowChannel.Application.Tasks.Inbox;
using FlowChannel.Benchmarks.Workflows;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Inbox;

/// <summary>
/// <c>dotnet run -c Release --project tests/FlowChannel.Benchmarks -- --inbox-statements</c>: the SQL statements of one
/// <see cref="InboxBenchmarks.InboxTodoFirstPage"/> with their times and SQLite's query plans. Not a benchmark: a profile to read.
/// </summary>
public static class InboxProfile
{
    public static async Task RunAsync(TextWriter output)
    {
        var log = new StatementLog();
        await using var database = await InboxDatabase.CreateAsync(InboxBenchmarks.OpenTasks, log);
        for (var i = 0; i < 3; i++)
        {
            await ReadAsync(database);
        }
        log.Recording = true;
        await ReadAsync(database);
        log.Recording = false;

        await using var raw = new SqliteConnection($"Data Source={database.File}");
        await raw.OpenAsync();
        foreach (var (sql, elapsed) in log.Statements)
        {
            output.WriteLine($"-- {elapsed.TotalMilliseconds:N1} ms");
            output.WriteLine(sql);
            if (sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                await using var explain = raw.CreateCommand();
                explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
                foreach (var name in ParameterNames(sql))
                {
                    explain.Parameters.AddWithValue(name, name.Contains("roles", StringComparison.OrdinalIgnoreCase) ? "[]" : "x");
                }
                await using var reader = await explain.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    output.WriteLine($"   plan: {reader.GetString(3)}");
                }
            }
            output.WriteLine();
        }
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"@[A-Za-z_0-9]+").Select(m => m.Value).Distinct(StringComparer.Ordinal);

    private static async Task ReadAsync(InboxDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ListInbox(database.Approver, new InboxQuery { Tab = InboxTabs.Todo, PageSize = 50 }));
    }
}
