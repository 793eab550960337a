using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>A record's history over REST: who changed which field from what to what, never showing hidden fields.</summary>
public abstract class RecordHistoryContract
{
    protected abstract FlowChannelHost Host { get; }

    [Fact]
    public async Task History_lists_each_change_with_who_and_old_and_new_values_and_hides_hidden_fields()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var applicant = await ApiClient.ApplicantAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var id = await BatchForms.SubmitAsync(applicant, "History", 10);

        var changed = await manager.PutAsJsonAsync($"/api/records/{id}", new { data = new JsonObject { ["amount"] = 15, ["secret"] = "s-1" } });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        var secretOnly = await manager.PutAsJsonAsync($"/api/records/{id}", new { data = new JsonObject { ["secret"] = "s-2" } });
        Assert.True(secretOnly.IsSuccessStatusCode, await secretOnly.Content.ReadAsStringAsync());
        var batch = await manager.PostAsJsonAsync($"/api/forms/{BatchForms.Orders}/records/batch-edit", new { recordIds = new[] { id }, field = "stage", value = "won" });
        Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());

        var seenByManager = await HistoryAsync(manager, id);
        Assert.Equal(["created", "updated", "updated", "updated"], seenByManager.Select(e => e["kind"]!.GetValue<string>()));
        Assert.Equal("演示申请人 Demo Applicant", seenByManager[0]["userName"]!.GetValue<string>());
        var first = seenByManager[1];
        Assert.Equal("渠道经理 Channel Manager", first["userName"]!.GetValue<string>());
        Assert.Equal(["amount 10→15", "secret →s-1"], Changes(first));
        Assert.Equal(["secret s-1→s-2"], Changes(seenByManager[2]));
        Assert.Equal(["stage open→won"], Changes(seenByManager[3]));

        // The partner never sees the secret: its values are left out, and the change that touched only it is not listed.
        var seenByApplicant = await HistoryAsync(applicant, id);
        Assert.Equal(["created", "updated", "updated"], seenByApplicant.Select(e => e["kind"]!.GetValue<string>()));
        Assert.Equal(["amount 10→15"], Changes(seenByApplicant[1]));
        Assert.All(seenByApplicant, e => Assert.DoesNotContain("s-", e.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_shows_deletion_and_restore_and_is_not_found_for_people_who_cannot_see_the_record()
    {
        await BatchForms.EnsurePublishedAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var admin = await ApiClient.AdminAsync(Host);
        var applicant = await ApiClient.ApplicantAsync(Host);
        var id = await BatchForms.SubmitAsync(manager, "Deleted and back", 1);

        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/records/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/records/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/records/{id}/restore", null)).StatusCode);

        var history = await HistoryAsync(manager, id);
        Assert.Equal(["created", "deleted", "restored"], history.Select(e => e["kind"]!.GetValue<string>()));
        Assert.All(history, e => Assert.False(string.IsNullOrEmpty(e["userName"]?.GetValue<string>())));
        Assert.NotEqual(history[1]["userId"]!.GetValue<string>(), history[2]["userId"]!.GetValue<string>());
    }

    private static async Task<List<JsonNode>> HistoryAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/records/{id}/history");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return [.. JsonNode.Parse(text)!.AsArray().Select(e => e!)];
    }

    private static List<string> Changes(JsonNode entry) =>
        [.. entry["changes"]!.AsArray().Select(c => $"{c!["field"]} {Text(c["old"])}→{Text(c["new"])}")];

    private static string Text(JsonNode? node) => node is null ? "" : node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();
}

public sealed class RecordHistorySqliteTests(GridSqliteHost fixture) : RecordHistoryContract, IClassFixture<GridSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class RecordHistoryPostgreSqlTests(GridPostgreSqlHost fixture) : RecordHistoryContract, IClassFixture<GridPostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}
