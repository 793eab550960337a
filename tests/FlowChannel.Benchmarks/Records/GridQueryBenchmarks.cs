using FlowChannel.Application.Records;
using FlowChannel.Application.Records.Query;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Records;

/// <summary>
/// The records grid over 1,000,000 records of one form on SQLite (<see cref="GridDatabase"/>), through the product's
/// own <see cref="QueryRecords"/> use case in a fresh scope per call, as a request would run it: filter + sort + page with
/// the total as the grid shows it (counted up to 1,000, then "more than 1,000"). Target (issue 6): p50 ≤ 150 ms for
/// <see cref="FilterSortPage"/>; the others are diagnostics, among them the same query with the exact total.
/// </summary>
[InvocationCount(1, 1)]
[WarmupCount(3)]
[IterationCount(15)]
public class GridQueryBenchmarks
{
    public const int Records = 1_000_000;

    /// <summary>
    /// Stage is active (25 %) and the amount between 200,000 and 600,000 (40 %): about 100,000 matches, sorted by the
    /// signing date, newest first, third page of 50.
    /// </summary>
    public static readonly GridQuery TargetQuery = new()
    {
        Filters =
        [
            new GridFilter("stage", GridOperators.Equal, "active"),
            new GridFilter("amount", GridOperators.Between, new JsonArray(200_000, 600_000)),
        ],
        Sort = [new GridSort("signedAt", Desc: true)],
        Page = 3,
        PageSize = 50,
    };

    private GridDatabase _database = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = GridDatabase.OpenAsync(Records, Console.Out).GetAwaiter().GetResult();
        var page = Run(TargetQuery);
        var exact = Run(TargetQuery with { ExactTotal = true });
        // Checked once, so a fast wrong answer cannot pass for a result.
        if (page.Items.Count != 50 || page.TotalIsExact || page.Total != QueryRecordsHandler.DefaultCountUpTo
            || exact.Total < 90_000 || !exact.TotalIsExact || !exact.Items.Select(i => i.Id).SequenceEqual(page.Items.Select(i => i.Id))
            || page.Items.Any(i => i.Data["stage"]!.GetValue<string>() != "active"))
        {
            throw new InvalidOperationException($"Unexpected grid result: total {page.Total} ({exact.Total} exact), {page.Items.Count} items.");
        }
        SteadyState.Reach(() => Run(TargetQuery));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
    }

    [Benchmark]
    public RecordPage FilterSortPage() => Run(TargetQuery);

    /// <summary>The target query with every match counted for the total, as after "count all".</summary>
    [Benchmark]
    public RecordPage FilterSortPageExactTotal() => Run(TargetQuery with { ExactTotal = true });

    /// <summary>No filter: the newest page of all million records sorted by amount, largest first.</summary>
    [Benchmark]
    public RecordPage SortOnlyPage() => Run(new GridQuery { Sort = [new GridSort("amount", Desc: true)] });

    /// <summary>A selective filter (one region, signed this year in the data's terms) sorted by name.</summary>
    [Benchmark]
    public RecordPage SelectiveFilterPage() => Run(new GridQuery
    {
        Filters =
        [
            new GridFilter("region", GridOperators.In, new JsonArray("east", "west")),
            new GridFilter("signedAt", GridOperators.Between, new JsonArray("2026-01-01", "2026-03-31")),
        ],
        Sort = [new GridSort("name")],
    });

    /// <summary>Search for a word in every text value, newest first.</summary>
    [Benchmark]
    public RecordPage SearchPage() => Run(new GridQuery { Search = "0424242" });

    private RecordPage Run(GridQuery query)
    {
        using var scope = _database.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new QueryRecords(_database.Admin, GridBenchmarkForm.Id, query)).AsTask().GetAwaiter().GetResult();
    }
}
