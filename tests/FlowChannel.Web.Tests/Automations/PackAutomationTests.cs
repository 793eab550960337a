using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Automations;

/// <summary>Packs ship automations: installed per form by key, once however often the pack is installed, customised rules kept.</summary>
public sealed class PackAutomationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static string Rules(string id, string subject) => $$"""
        { "form": "{{id}}-order", "automations": [ {
            "key": "big-order", "name": "Big order", "trigger": { "on": "recordAdded" }, "condition": "amount > 100",
            "actions": [ { "type": "notify", "to": ["role:finance"], "subject": "{{subject}}" } ] } ] }
        """;

    private static byte[] Pack(string id, string version, string rules) => Zip(
        ("pack.json", Manifest(id, version, [$"form-schemas/{id}-order.form.json"], sampleData: "sample/records.json").Replace(
            "\"dashboards\": []", $"\"dashboards\": [], \"automations\": [\"automations/{id}.automations.json\"]", StringComparison.Ordinal)),
        ($"form-schemas/{id}-order.form.json", Form($"{id}-order", 1)),
        ($"automations/{id}.automations.json", rules),
        ("sample/records.json", $$"""{ "records": [ { "form": "{{id}}-order", "data": { "customer": "样例大单", "amount": 500 } } ] }"""));

    [Fact]
    public async Task The_bundled_channel_pack_installs_its_automations()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var keys = await db.Automations.Where(a => a.PackId == "channel-management").Select(a => a.FormId + "/" + a.Key).ToListAsync();
        Assert.Equal(["contract/expiry-reminder", "payment/collected-on-add", "payment/collected-on-change", "payment/collected-on-delete",
            "payment/large-payment-to-finance", "risk-warning/high-severity-to-director"], keys.Order());
    }

    [Fact]
    public async Task Installing_again_adds_nothing_and_an_upgrade_keeps_a_rule_someone_changed()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        for (var i = 0; i < 2; i++)
        {
            var response = await ImportAsync(admin, Pack("autopk", "1.0.0", Rules("autopk", "v1")), sampleData: true);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var listed = (await admin.GetFromJsonAsync<JsonArray>("/api/forms/autopk-order/automations"))!;
        var rule = Assert.Single(listed)!;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            // The sample record (big enough for the rule) installs, and like an import fires nothing.
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            Assert.True(await db.FormRecords.AnyAsync(r => r.FormId == "autopk-order"));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == "automation" && m.PayloadJson.Contains("autopk-order")));
        }
        Assert.Equal("v1", (string?)rule["definition"]!["actions"]![0]!["subject"]);

        var upgraded = await ImportAsync(admin, Pack("autopk", "1.1.0", Rules("autopk", "v2")));
        Assert.True(upgraded.IsSuccessStatusCode, await upgraded.Content.ReadAsStringAsync());
        rule = Assert.Single((await admin.GetFromJsonAsync<JsonArray>("/api/forms/autopk-order/automations"))!)!;
        Assert.Equal("v2", (string?)rule["definition"]!["actions"]![0]!["subject"]);

        var mine = rule["definition"]!.DeepClone();
        mine["actions"]![0]!["subject"] = "mine";
        (await admin.PutAsJsonAsync($"/api/forms/autopk-order/automations/{rule["id"]}", mine)).EnsureSuccessStatusCode();
        (await ImportAsync(admin, Pack("autopk", "1.2.0", Rules("autopk", "v3")))).EnsureSuccessStatusCode();
        rule = Assert.Single((await admin.GetFromJsonAsync<JsonArray>("/api/forms/autopk-order/automations"))!)!;
        Assert.Equal("mine", (string?)rule["definition"]!["actions"]![0]!["subject"]);
    }

    [Fact]
    public async Task A_pack_with_a_bad_rule_is_refused_naming_the_file_and_pointer()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var bad = Rules("autobad", "x").Replace("\"recordAdded\"", "\"whenever\"", StringComparison.Ordinal);

        var response = await ImportAsync(admin, Pack("autobad", "1.0.0", bad));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("automations/autobad.automations.json", body, StringComparison.Ordinal);
        Assert.Contains("/automations/0/trigger/on", body, StringComparison.Ordinal);
    }
}
