using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>Batch edit and delete over REST, all or nothing and within the caller's rights, on SQLite and PostgreSQL.</summary>
public abstract class RecordBatchContract
{
    private const string BatchEdit = $"/api/forms/{BatchForms.Orders}/records/batch-edit";
    private const string BatchDelete = $"/api/forms/{BatchForms.Orders}/records/batch-delete";

    protected abstract FlowChannelHost Host { get; }

    [Fact]
    public async Task Batch_edit_sets_a_value_or_a_formula_on_the_chosen_records_only()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var (a, b, c) = (await BatchForms.SubmitAsync(manager, "A", 10), await BatchForms.SubmitAsync(manager, "B", 20), await BatchForms.SubmitAsync(manager, "C", 30));

        var set = await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { a, b }, field = "stage", value = "won" });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        Assert.Equal(2, (await set.ReadJsonAsync())["count"]!.GetValue<int>());
        var computed = await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { b, c }, field = "amount", formula = "amount * 2 + 1" });
        Assert.True(computed.IsSuccessStatusCode, await computed.Content.ReadAsStringAsync());

        var (da, db, dc) = (await BatchForms.DataAsync(manager, a), await BatchForms.DataAsync(manager, b), await BatchForms.DataAsync(manager, c));
        Assert.Equal(("won", 10m), (da["stage"]!.GetValue<string>(), da["amount"]!.GetValue<decimal>()));
        Assert.Equal(("won", 41m), (db["stage"]!.GetValue<string>(), db["amount"]!.GetValue<decimal>()));
        Assert.Equal(("open", 61m), (dc["stage"]!.GetValue<string>(), dc["amount"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Batch_edit_of_a_read_only_field_or_with_a_bad_value_names_the_field_and_changes_nothing()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var (a, b) = (await BatchForms.SubmitAsync(manager, "RO-A", 1), await BatchForms.SubmitAsync(manager, "RO-B", 2));

        var locked = await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { a, b }, field = "locked", value = "x" });
        var error = await AssertRefusedAsync(locked);
        Assert.Equal("field", error["path"]!.GetValue<string>());
        Assert.Contains("'locked'", error["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // An option the field does not have is wrong for each record: one error per record, naming it and the field.
        var bad = await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { a, b }, field = "stage", value = "nonsense" });
        var first = await AssertRefusedAsync(bad, expectedErrors: 2);
        Assert.Matches($"^records/({a}|{b})/(data/)?stage$", first["path"]!.GetValue<string>());

        var formula = await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { a }, field = "amount", formula = "amount *" });
        Assert.Equal("formula", (await AssertRefusedAsync(formula))["path"]!.GetValue<string>());

        foreach (var id in new[] { a, b })
        {
            var data = await BatchForms.DataAsync(manager, id);
            Assert.Equal("open", data["stage"]!.GetValue<string>());
            Assert.False(data.ContainsKey("locked") && data["locked"] is not null);
        }
    }

    [Fact]
    public async Task Batches_need_the_action_and_records_the_caller_can_see()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var applicant = await ApiClient.ApplicantAsync(Host);
        var managers = await BatchForms.SubmitAsync(manager, "Managers'", 5);
        var own = await BatchForms.SubmitAsync(applicant, "Applicant's", 6);

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { own }, field = "amount", value = 7 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync(BatchDelete, new { recordIds = new[] { own } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync(BatchEdit, new { recordIds = new[] { managers, Guid.NewGuid().ToString() }, field = "amount", value = 7 })).StatusCode);
        Assert.Equal(5m, (await BatchForms.DataAsync(manager, managers))["amount"]!.GetValue<decimal>());
        Assert.Equal(6m, (await BatchForms.DataAsync(applicant, own))["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Batch_delete_removes_the_chosen_records_and_an_admin_restores_one()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var admin = await ApiClient.AdminAsync(Host);
        var (a, b, kept) = (await BatchForms.SubmitAsync(manager, "Del-A", 1), await BatchForms.SubmitAsync(manager, "Del-B", 2), await BatchForms.SubmitAsync(manager, "Del-Kept", 3));

        var deleted = await manager.PostAsJsonAsync(BatchDelete, new { recordIds = new[] { a, b } });
        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/records/{a}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/records/{kept}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/records/{a}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/forms/{BatchForms.Orders}/records/deleted")).StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonArray>($"/api/forms/{BatchForms.Orders}/records/deleted"))!.Select(d => d!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(a, listed);
        Assert.Contains(b, listed);
        Assert.DoesNotContain(kept, listed);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/records/{a}/restore", null)).StatusCode);
        Assert.Equal("Del-A", (await BatchForms.DataAsync(manager, a))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/records/{b}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/records/{kept}/restore", null)).StatusCode);
    }

    private static async Task<JsonNode> AssertRefusedAsync(HttpResponseMessage response, int expectedErrors = 1)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        var errors = JsonNode.Parse(text)!["errors"]!.AsArray();
        Assert.Equal(expectedErrors, errors.Count);
        return errors[0]!;
    }
}

public sealed class RecordBatchSqliteTests(GridSqliteHost fixture) : RecordBatchContract, IClassFixture<GridSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class RecordBatchPostgreSqlTests(GridPostgreSqlHost fixture) : RecordBatchContract, IClassFixture<GridPostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}
