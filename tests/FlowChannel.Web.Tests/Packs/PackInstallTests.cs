using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Api;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>Installing, reinstalling, upgrading and exporting packs over REST on a real host and SQLite file.</summary>
public sealed class PackInstallTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static string Roles(string id) => $$"""[{ "name": "{{id}}-clerk", "title": { "zh-CN": "订单员", "en": "Order clerk" } }]""";

    private static string ClerkSet(string id) =>
        $$"""{ "sets": [ { "key": "clerks", "name": { "zh-CN": "订单员", "en": "Clerks" }, "roles": ["{{id}}-clerk"], "actions": ["add", "view"], "scope": "createdByMe" } ] }""";

    private static byte[] Version1(string id) => Zip(
        ("pack.json", Manifest(id, "1.0.0", [$"form-schemas/{id}-order.form.json"], [$"workflow-definitions/{id}-review.json"], Roles(id),
            sampleData: "sample/records.json", dashboards: ["dashboards/orders.json"])),
        ($"form-schemas/{id}-order.form.json", Form($"{id}-order", 1, permissions: ClerkSet(id))),
        ($"workflow-definitions/{id}-review.json", Workflow($"{id}-review", 1, $"{id}-order")),
        ("dashboards/orders.json", """{ "widgets": [ { "type": "count", "form": "orders" } ] }"""),
        ("sample/records.json", $$"""{ "records": [ { "form": "{{id}}-order", "data": { "customer": "样例客户", "amount": 12 } } ] }"""));

    private static byte[] Version2(string id, string version = "1.1.0") => Zip(
        ("pack.json", Manifest(id, version, [$"form-schemas/{id}-order.form.json"], [$"workflow-definitions/{id}-review.json"], Roles(id))),
        ($"form-schemas/{id}-order.form.json", Form($"{id}-order", 2,
            """, { "key": "note", "type": "text", "label": { "zh-CN": "备注", "en": "Note" } }""", permissions: ClerkSet(id))),
        ($"workflow-definitions/{id}-review.json", Workflow($"{id}-review", 2, $"{id}-order", "Second review")));

    [Fact]
    public async Task Dry_run_lists_what_would_be_created_and_writes_nothing()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var before = await SnapshotAsync(fixture.Host);

        var response = await ImportAsync(admin, Version1("dry"), dryRun: true, sampleData: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.True(report["dryRun"]!.GetValue<bool>());
        var changes = report["changes"]!.AsArray().Select(c => $"{c!["action"]} {c["kind"]} {c["id"]}").ToList();
        Assert.Contains("create form dry-order", changes);
        Assert.Contains("create workflow dry-review", changes);
        Assert.Contains("create role dry-clerk", changes);
        Assert.Contains("create permissionSet dry-order/clerks", changes);
        Assert.Contains("create file dashboards/orders.json", changes);
        Assert.Contains("create sampleData sample/records.json", changes);
        Assert.Equal(before, await SnapshotAsync(fixture.Host));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/forms/dry-order")).StatusCode);
    }

    [Fact]
    public async Task Installing_twice_creates_everything_once_and_the_second_time_changes_nothing()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var first = await (await ImportAsync(admin, Version1("twice"), sampleData: true)).ReadJsonAsync();
        Assert.False(first["dryRun"]!.GetValue<bool>());
        Assert.Equal(1, first["sampleRecords"]!.GetValue<int>());
        var afterFirst = await SnapshotAsync(fixture.Host);

        var second = await ImportAsync(admin, Version1("twice"), sampleData: true);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var changes = (await second.ReadJsonAsync())["changes"]!.AsArray();
        Assert.All(changes, c => Assert.Equal("unchanged", c!["action"]!.GetValue<string>()));
        // Only the audit entry of the second install is new.
        Assert.Equal(afterFirst[..afterFirst.LastIndexOf(',')], (await SnapshotAsync(fixture.Host))[..afterFirst.LastIndexOf(',')]);
        var records = await admin.GetFromJsonAsync<JsonObject>("/api/forms/twice-order/records");
        Assert.Equal("样例客户", Assert.Single(records!["items"]!.AsArray())!["data"]!["customer"]!.GetValue<string>());
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.Equal(1, await db.FormRecords.CountAsync(r => r.FormId == "twice-order"));
        Assert.Equal(1, await db.Roles.CountAsync(r => r.Name == "twice-clerk"));
        Assert.Equal(["pack.install", "pack.reinstall"], await db.AuditLog.Where(a => a.ObjectId == "twice").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains("widgets", (await db.InstalledPackFiles.SingleAsync(f => f.PackId == "twice")).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_publishes_new_versions_and_leaves_records_and_a_running_instance_on_theirs()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        (await ImportAsync(admin, Version1("upg"))).EnsureSuccessStatusCode();
        var submitted = await (await admin.PostAsJsonAsync("/api/forms/upg-order/records", new { data = new { customer = "老客户", amount = 5 } })).ReadJsonAsync();
        var recordId = submitted["recordId"]!.GetValue<string>();
        var instanceId = submitted["workflowInstanceIds"]![0]!.GetValue<string>();
        await CustomiseClerkSetAsync("upg-order");

        var upgrade = await (await ImportAsync(admin, Version2("upg"))).ReadJsonAsync();

        Assert.Equal("1.0.0", upgrade["previousVersion"]!.GetValue<string>());
        var changes = upgrade["changes"]!.AsArray().Select(c => $"{c!["action"]} {c["kind"]} {c["id"]}").ToList();
        Assert.Contains("upgrade form upg-order", changes);
        Assert.Contains("upgrade workflow upg-review", changes);
        Assert.Contains("kept permissionSet upg-order/clerks", changes);
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonObject>("/api/forms/upg-order"))!["version"]!.GetValue<int>());
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}"))!["formVersion"]!.GetValue<int>());
        using (var scope = fixture.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            Assert.Equal(1, (await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId)).DefinitionVersion);
            Assert.Contains("\"edit\"", (await db.FormPermissionSets.SingleAsync(s => s.FormId == "upg-order" && s.Key == "clerks")).DefinitionJson, StringComparison.Ordinal);
        }

        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, recordId);
        Assert.Equal("Review v1", task["title"]!.GetValue<string>());
        (await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "ok" })).EnsureSuccessStatusCode();
        using (var scope = fixture.Host.Services.CreateScope())
        {
            var instance = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowInstances.SingleAsync(i => i.Id == instanceId);
            Assert.Equal(("Finished", 1), (instance.Status, instance.DefinitionVersion));
        }
        var fresh = await (await admin.PostAsJsonAsync("/api/forms/upg-order/records", new { data = new { customer = "新客户", amount = 6, note = "v2" } })).ReadJsonAsync();
        Assert.Equal(2, fresh["formVersion"]!.GetValue<int>());
        var freshTask = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, fresh["recordId"]!.GetValue<string>());
        Assert.Equal("Second review v2", freshTask["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_downgrade_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        (await ImportAsync(admin, Version2("down", "2.0.0"))).EnsureSuccessStatusCode();
        var before = await SnapshotAsync(fixture.Host);

        var response = await ImportAsync(admin, Version1("down"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync())["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == "/version")!;
        Assert.Contains("2.0.0 of 'down' is installed", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(fixture.Host));
    }

    [Fact]
    public async Task An_installed_pack_exports_as_a_zip_that_re_imports_cleanly_and_exports_are_audited()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        (await ImportAsync(admin, Version1("exp"))).EnsureSuccessStatusCode();

        var exported = await admin.GetAsync("/api/packs/exp/export");

        Assert.Equal("application/zip", exported.Content.Headers.ContentType?.MediaType);
        var zip = await exported.Content.ReadAsByteArrayAsync();
        using (var archive = new ZipArchive(new MemoryStream(zip)))
        {
            Assert.Equal(["dashboards/orders.json", "form-schemas/exp-order.form.json", "pack.json", "workflow-definitions/exp-review.json"],
                archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }
        var again = await (await ImportAsync(admin, zip, dryRun: true)).ReadJsonAsync();
        Assert.All(again["changes"]!.AsArray(), c => Assert.Equal("unchanged", c!["action"]!.GetValue<string>()));

        // Into another database it installs everything: the manifest declares the role the form's permission set names.
        await using var other = new FlowChannelHost(Directory.CreateTempSubdirectory("flowchannel-pack-other-").FullName);
        var otherAdmin = await ApiClient.AdminAsync(other);
        var installed = await (await ImportAsync(otherAdmin, zip)).ReadJsonAsync();
        Assert.Contains(installed["changes"]!.AsArray(), c => c!["kind"]!.GetValue<string>() == "role" && c["action"]!.GetValue<string>() == "create");
        Assert.Equal(1, (await otherAdmin.GetFromJsonAsync<JsonObject>("/api/forms/exp-order"))!["version"]!.GetValue<int>());

        var chosen = await admin.PostAsJsonAsync("/api/packs/export", new { id = "my-forms", forms = new[] { "exp-order" }, workflows = Array.Empty<string>() });
        var mine = await (await ImportAsync(otherAdmin, await chosen.Content.ReadAsByteArrayAsync(), dryRun: true)).ReadJsonAsync();
        Assert.Equal("my-forms", mine["packId"]!.GetValue<string>());
        using var scope = fixture.Host.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().AuditLog;
        Assert.Equal(1, await audit.CountAsync(a => a.Action == "pack.export" && a.ObjectId == "exp"));
        Assert.Equal(1, await audit.CountAsync(a => a.Action == "pack.export" && a.ObjectId == "my-forms"));
    }

    [Fact]
    public async Task Only_admins_list_import_and_export_packs()
    {
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/packs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(manager, Version1("nope"), dryRun: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/packs/channel-management/export")).StatusCode);

        var listing = await (await ApiClient.AdminAsync(fixture.Host)).GetFromJsonAsync<JsonObject>("/api/packs");
        Assert.Contains(listing!["installed"]!.AsArray(), p => p!["id"]!.GetValue<string>() == "channel-management");
        var bundled = Assert.Single(listing["catalogue"]!.AsArray(), p => p!["id"]!.GetValue<string>() == "channel-management")!;
        // Installed at first start: the catalogue's version is the one installed.
        Assert.Equal(bundled["version"]!.GetValue<string>(), bundled["installedVersion"]!.GetValue<string>());
        Assert.Empty(bundled["errors"]!.AsArray());
    }

    private async Task CustomiseClerkSetAsync(string formId)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var set = await db.FormPermissionSets.SingleAsync(s => s.FormId == formId && s.Key == "clerks");
        set.DefinitionJson = set.DefinitionJson.Replace("\"view\"", "\"view\",\"edit\"", StringComparison.Ordinal);
        set.IsCustomised = true;
        await db.SaveChangesAsync();
    }
}
