using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Records.Query;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Changes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The facts table answers exactly what records joined to the value table answer: every widget shape is run both ways
/// over <see cref="GeneratedOrders"/> (for the manager and for a partner who sees only their own orders), also after
/// records are edited, deleted and restored, and the facts rows are checked against the records they copy.
/// </summary>
public abstract class AggregateFactsContract
{
    private const string Form = "sales-order";
    private static readonly AggregateMeasure Count = new("orders", Aggregates.Count);
    private static readonly AggregateMeasure Sum = new("total", Aggregates.Sum, "amount");

    /// <summary>Widget shapes whose every field has a slot: the facts table answers all of them.</summary>
    public static readonly AggregateQuery[] Shapes =
    [
        new() { Measures = [Count, Sum] },
        new() { Dimensions = [new AggregateDimension("partner"), new AggregateDimension("kind")],
            Measures = [Count, Sum, new AggregateMeasure("average", Aggregates.Average, "amount"), new AggregateMeasure("largest", Aggregates.Max, "amount")] },
        new() { Filters = [new GridFilter("kind", GridOperators.Equal, "sale")], Dimensions = [new AggregateDimension("orderDate", "month")],
            Measures = [Sum, new AggregateMeasure("smallest", Aggregates.Min, "amount")] },
        new() { Dimensions = [new AggregateDimension("orderDate", "quarter")], Measures = [new AggregateMeasure("partners", Aggregates.DistinctCount, "partner"), Count] },
        new() { Filters = [new GridFilter("orderDate", GridOperators.Between, new JsonArray("2026-03-01", "2026-06-30")), new GridFilter("kind", GridOperators.NotEqual, "return")],
            Dimensions = [new AggregateDimension("$status"), new AggregateDimension("orderDate", "year")], Measures = [Count, Sum] },
        new() { Filters = [new GridFilter("amount", GridOperators.Greater, 1_000_000_000)], Dimensions = [new AggregateDimension("partner")], Measures = [Count] },
        new() { Filters = [new GridFilter("amount", GridOperators.Greater, 1_000_000_000)], Measures = [Count, Sum] },
        new() { Filters = [new GridFilter("kind", GridOperators.In, new JsonArray("sale")), new GridFilter("$createdAt", GridOperators.NotEmpty)],
            Dimensions = [new AggregateDimension("$createdAt", "day")], Measures = [Count] },
    ];

    protected abstract FlowChannelHost Host { get; }

    [Fact]
    public async Task Every_widget_shape_gives_the_same_numbers_from_facts_and_from_values()
    {
        await AssertFactsCopyRecordsAsync();
        foreach (var user in new[] { "manager", "partner-admin" })
        {
            await AssertBothWaysAgreeAsync(user);
        }
    }

    [Fact]
    public async Task Facts_follow_edited_deleted_and_restored_records()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        var admin = await ApiClient.AdminAsync(Host);
        var ids = await OrderIdsAsync();
        var edited = ids[0];
        var deleted = ids[1];
        var before = await TotalAsync("manager");

        var record = (await manager.GetFromJsonAsync<JsonObject>($"/api/records/{edited}"))!;
        // The fields entered by hand, as GeneratedOrders entered them; the rest the form computes.
        var stored = record["data"]!.AsObject();
        var data = new JsonObject
        {
            ["partner"] = new JsonObject { ["id"] = stored["partner"]!["id"]!.DeepClone() },
            ["orderDate"] = stored["orderDate"]!.DeepClone(),
            ["kind"] = "return",
            ["amount"] = stored["amount"]!.GetValue<decimal>() + 1000.25m,
        };
        await SucceedsAsync(admin.PutAsJsonAsync($"/api/records/{edited}", new { data }));
        await SucceedsAsync(admin.DeleteAsync($"/api/records/{deleted}"));

        var deletedAmount = await AmountAsync(deleted);
        var afterDelete = await TotalAsync("manager");
        Assert.Equal(before.Count - 1, afterDelete.Count);
        Assert.Equal(before.Sum + 1000.25m - deletedAmount, afterDelete.Sum);
        await AssertFactsCopyRecordsAsync();
        await AssertBothWaysAgreeAsync("manager");
        await AssertBothWaysAgreeAsync("partner-admin");

        await SucceedsAsync(admin.PostAsync($"/api/records/{deleted}/restore", null));
        Assert.Equal((before.Count, before.Sum + 1000.25m), await TotalAsync("manager"));
        await AssertFactsCopyRecordsAsync();
        await AssertBothWaysAgreeAsync("manager");
    }

    [Fact]
    public async Task A_widget_whose_fields_all_have_slots_reads_the_facts_table()
    {
        // Proof of the path taken: a facts row moved by hand shows in the facts answer, never in the value-table one.
        var id = (await OrderIdsAsync())[2];
        var column = await ColumnAsync("amount", RecordFactSlot.Number);
        var actor = await ActorAsync("manager");
        var before = await RunAsync(actor, Form, Shapes[0], valuesOnly: false);
        var original = await SetAmountAsync(id, column, null);
        await SetAmountAsync(id, column, original + 1000);
        try
        {
            var fromFacts = await RunAsync(actor, Form, Shapes[0], valuesOnly: false);
            var fromValues = await RunAsync(actor, Form, Shapes[0], valuesOnly: true);
            Assert.Equal(before.Rows[0].Values[1] + 1000, fromFacts.Rows[0].Values[1]);
            Assert.Equal(before.Rows[0].Values[1], fromValues.Rows[0].Values[1]);
        }
        finally
        {
            await SetAmountAsync(id, column, original);
        }
    }

    [Fact]
    public async Task A_filter_on_a_linked_field_is_answered_from_the_value_table()
    {
        // A linked record's field has no slot on this form's facts: the aggregation reads the value table instead.
        var query = new AggregateQuery
        {
            Filters = [new GridFilter("partner.companyName", GridOperators.Equal, GeneratedOrders.PartnerB)],
            Dimensions = [new AggregateDimension("kind")], Measures = [Count, Sum],
        };
        var result = await RunAsync(await ActorAsync("manager"), Form, query, valuesOnly: false);

        var expected = GeneratedOrders.All.Where(o => o.Partner == GeneratedOrders.PartnerB).GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(g => g.Key), result.Rows.Select(r => r.Keys[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Count()), result.Rows.Select(r => r.Values[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Sum(o => o.Amount)), result.Rows.Select(r => r.Values[1]));
    }

    private async Task AssertBothWaysAgreeAsync(string user)
    {
        var actor = await ActorAsync(user);
        var slots = await SlotsAsync(Form);
        foreach (var field in new[] { ("partner", RecordFactSlot.Text), ("kind", RecordFactSlot.Text), ("amount", RecordFactSlot.Number), ("orderDate", RecordFactSlot.Date) })
        {
            Assert.Contains(field, slots);
        }
        foreach (var (query, i) in Shapes.Select((q, i) => (q, i)))
        {
            var fromValues = await RunAsync(actor, Form, query, valuesOnly: true);
            var fromFacts = await RunAsync(actor, Form, query, valuesOnly: false);
            Assert.True(Same(fromValues, fromFacts), $"shape {i} for {user}: values {Describe(fromValues)} facts {Describe(fromFacts)}");
        }
    }

    /// <summary>Every record of the form, deleted ones too, has one facts row with its columns and its fields' first values.</summary>
    private async Task AssertFactsCopyRecordsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var records = await db.FormRecords.IgnoreQueryFilters().AsNoTracking().Where(r => r.FormId == Form).ToListAsync();
        var facts = await db.RecordFacts.AsNoTracking().Where(f => f.FormId == Form).ToDictionaryAsync(f => f.RecordId);
        var layout = new FlowChannel.Persistence.Facts.RecordFactLayout(Form, await db.RecordFactSlots.AsNoTracking().ToListAsync());
        Assert.Equal(records.Count, facts.Count);
        foreach (var record in records)
        {
            var values = await db.RecordFieldValues.AsNoTracking().Where(v => v.RecordId == record.Id).ToListAsync();
            var expected = layout.For(record, values);
            Assert.Equivalent(expected, facts[record.Id], strict: true);
        }
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> ColumnAsync(string field, string kind)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return (await db.RecordFactSlots.SingleAsync(s => s.FormId == Form && s.FieldKey == field && s.Kind == kind)).Column;
    }

    /// <summary>Writes <paramref name="value"/> (unless null) into the record's facts slot by hand; returns what it held.</summary>
    private async Task<double> SetAmountAsync(Guid id, string column, double? value)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var rows = db.RecordFacts.Where(f => f.RecordId == id);
        var held = await rows.Select(f => EF.Property<double?>(f, column)).SingleAsync();
        if (value is { } v)
        {
            await rows.ExecuteUpdateAsync(set => set.SetProperty(f => EF.Property<double?>(f, column), v));
            // A statement past the context's saves is not reported: report it, or the kept result would still answer.
            scope.ServiceProvider.GetRequiredService<FormDataChanges>().Note(db, [Form]);
        }
        return held!.Value;
    }

    private async Task<(decimal Count, decimal Sum)> TotalAsync(string user)
    {
        var result = await RunAsync(await ActorAsync(user), Form, Shapes[0], valuesOnly: false);
        var row = Assert.Single(result.Rows);
        return (row.Values[0]!.Value, row.Values[1]!.Value);
    }

    private async Task<decimal> AmountAsync(Guid id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var value = await db.RecordFieldValues.Where(v => v.RecordId == id && v.FieldKey == "amount").Select(v => v.Number).SingleAsync();
        return Math.Round((decimal)value!.Value, 2);
    }

    private async Task<List<Guid>> OrderIdsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.FormRecords.Where(r => r.FormId == Form).OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync();
    }

    private async Task<List<(string, string)>> SlotsAsync(string form)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return [.. (await db.RecordFactSlots.Where(s => s.FormId == form).ToListAsync()).Select(s => (s.FieldKey, s.Kind))];
    }

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user '{userName}'.");
        return new Actor(user.Id, userName, (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal));
    }

    private async Task<AggregateResult> RunAsync(Actor actor, string form, AggregateQuery query, bool valuesOnly)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AggregateRecords(actor, form, query) { ValuesOnly = valuesOnly });
    }

    private static bool Same(AggregateResult a, AggregateResult b) =>
        a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(p => p.First.Keys.SequenceEqual(p.Second.Keys) && p.First.Values.SequenceEqual(p.Second.Values));

    private static string Describe(AggregateResult result) =>
        string.Join("; ", result.Rows.Select(r => $"[{string.Join(",", r.Keys)}] {string.Join(",", r.Values)}"));
}

public sealed class AggregateFactsSqliteTests(AggregateSqliteHost fixture) : AggregateFactsContract, IClassFixture<AggregateSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class AggregateFactsPostgreSqlTests(AggregatePostgreSqlHost fixture) : AggregateFactsContract, IClassFixture<AggregatePostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}
