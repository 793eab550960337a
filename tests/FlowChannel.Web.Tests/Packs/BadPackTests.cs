using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>
/// Every kind of bad pack is refused with 422, lists all its problems and changes nothing. The host runs with small
/// pack limits so that the bombs stay small.
/// </summary>
public sealed class BadPackTests(BadPackTests.SmallLimitsHost fixture) : IClassFixture<BadPackTests.SmallLimitsHost>
{
    private const string GoodForm = "form-schemas/bad-order.form.json";

    [Fact]
    public async Task A_corrupt_zip_is_refused()
    {
        var errors = await RefusedAsync([.. "PK\u0003\u0004 this is not really a zip"u8.ToArray(), .. new byte[300]]);
        Assert.Contains(errors, e => e.Message.Contains("not a readable zip archive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entries_escaping_the_pack_are_each_refused()
    {
        var errors = await RefusedAsync(Zip(("pack.json", Manifest("slip", "1.0.0", [])), ("../evil.json", "{}"), ("/etc/evil.json", "{}"),
            ("forms\\evil.json", "{}"), ("ok/../../evil.json", "{}")));
        Assert.Equal(["../evil.json", "/etc/evil.json", "forms\\evil.json", "ok/../../evil.json"], errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("Refused entry", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_files_too_large_files_and_zip_bombs_are_refused()
    {
        var many = Enumerable.Range(0, SmallLimitsHost.MaxFiles + 1).Select(i => ($"x/{i}.txt", "x")).Prepend(("pack.json", Manifest("many", "1.0.0", []))).ToArray();
        Assert.Contains(await RefusedAsync(Zip(many)), e => e.Message.Contains($"more than {SmallLimitsHost.MaxFiles} files", StringComparison.Ordinal));

        var noise = new string([.. Enumerable.Range(0, SmallLimitsHost.MaxFileBytes + 10).Select(i => (char)('a' + (i * 7919 % 26)))]);
        Assert.Contains(await RefusedAsync(Zip(("pack.json", Manifest("big", "1.0.0", [])), ("big.txt", noise))),
            e => e.File == "big.txt" && e.Message.Contains("larger than", StringComparison.Ordinal));

        var bomb = new string('0', SmallLimitsHost.MaxFileBytes - 10);
        Assert.Contains(await RefusedAsync(Zip(("pack.json", Manifest("bomb", "1.0.0", [])), ("bomb.txt", bomb))),
            e => e.File == "bomb.txt" && e.Message.Contains("zip bomb", StringComparison.Ordinal));

        var parts = Enumerable.Range(0, 4).Select(i => ($"part{i}.txt", noise[..(SmallLimitsHost.MaxFileBytes - 10)])).Prepend(("pack.json", Manifest("total", "1.0.0", []))).ToArray();
        Assert.Contains(await RefusedAsync(Zip(parts)), e => e.Message.Contains("add up to more than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manifest_errors_name_their_json_pointer()
    {
        var manifest = """
            { "id": "Bad Id", "version": "1.0", "name": { "en": "No Chinese" }, "minimumFlowChannelVersion": "1.0.0", "colour": "red",
              "contents": { "forms": ["../outside.form.json"], "roles": [{ "name": "anonymous", "title": { "zh-CN": "匿名", "en": "Anonymous" } }] } }
            """;
        var errors = await RefusedAsync(Zip(("pack.json", manifest)));
        Assert.Equal(["/colour", "/contents/forms/0", "/contents/roles/0/name", "/id", "/name/zh-CN", "/version"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("pack.json", e.File));

        Assert.Contains(await RefusedAsync(Zip(("pack.json", "{ \"id\": "))), e => e.Message.StartsWith("Not valid JSON", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(Zip(("readme.txt", "hi"))), e => e.Message.Contains("no pack.json", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(Zip(("pack.json", Manifest("gone", "1.0.0", [GoodForm])))),
            e => e.File == GoodForm && e.Message.Contains("not in the pack", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_content_error_is_listed_with_its_file_and_pointer()
    {
        var linkToMissingField = """, { "key": "partner", "type": "link", "label": "P", "link": { "form": "partner-profile", "displayField": "noSuchField" } }""";
        var undeclaredRole = """{ "sets": [ { "key": "s", "name": { "zh-CN": "S", "en": "S" }, "roles": ["ghost-role"], "actions": ["view"], "scope": "all" } ] }""";
        var zip = Zip(
            ("pack.json", Manifest("content", "1.0.0",
                [GoodForm, "form-schemas/typo.form.json"],
                ["workflow-definitions/orphan.json", "workflow-definitions/fax.json"], minimum: "99.0.0", dashboards: ["dashboards/broken.json"])),
            (GoodForm, Form("bad-order", 1, linkToMissingField, undeclaredRole)),
            ("form-schemas/typo.form.json", """{ "id": "typo", "title": "T", "fields": [ { "key": "a", "type": "txt", "label": "A" } ] }"""),
            ("workflow-definitions/orphan.json", Workflow("orphan", 1, "no-such-form")),
            ("workflow-definitions/fax.json", Workflow("fax", 1, "bad-order").Replace("FlowChannel.Approval", "Acme.SendFax", StringComparison.Ordinal)),
            ("dashboards/broken.json", "{ not json"));

        var errors = await RefusedAsync(zip);

        Assert.Contains(errors, e => e is { File: "pack.json", Path: "/minimumFlowChannelVersion" } && e.Message.Contains("needs FlowChannel 99.0.0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { File: "form-schemas/typo.form.json", Path: "/fields/0/type" });
        Assert.Contains(errors, e => e.File == GoodForm && e.Path.EndsWith("/link/displayField", StringComparison.Ordinal) && e.Message.Contains("no field 'noSuchField'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { File: GoodForm, Path: "/permissions/sets/0/roles/0" } && e.Message.Contains("ghost-role", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "workflow-definitions/orphan.json" && e.Path.EndsWith("/formId/expression/value", StringComparison.Ordinal)
            && e.Message.Contains("'no-such-form' is neither in the pack nor installed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "workflow-definitions/fax.json" && e.Message.Contains("Acme.SendFax", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "dashboards/broken.json" && e.Message.StartsWith("Not valid JSON", StringComparison.Ordinal));
    }

    private async Task<List<(string File, string Path, string Message)>> RefusedAsync(byte[] zip)
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var before = await SnapshotAsync(fixture.Host);
        var response = await ImportAsync(admin, zip);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(fixture.Host));
        return (await response.ReadJsonAsync())["errors"]!.AsArray()
            .Select(e => (e!["file"]!.GetValue<string>(), e["path"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
    }

    /// <summary>The real host with pack limits small enough for bombs built in a test, large enough for the bundled pack.</summary>
    public sealed class SmallLimitsHost : IAsyncLifetime
    {
        public const int MaxFiles = 60;
        public const int MaxFileBytes = 300_000;
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-badpack-");

        public FlowChannelHost Host { get; private set; } = default!;

        public Task InitializeAsync()
        {
            Host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
            {
                ["FlowChannel:Packs:MaxFiles"] = $"{MaxFiles}",
                ["FlowChannel:Packs:MaxFileBytes"] = $"{MaxFileBytes}",
                ["FlowChannel:Packs:MaxTotalBytes"] = $"{MaxFileBytes * 3}",
                ["FlowChannel:Packs:RatioCheckedFromBytes"] = "65536",
            });
            _ = Host.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _folder.Delete(recursive: true);
        }
    }
}
