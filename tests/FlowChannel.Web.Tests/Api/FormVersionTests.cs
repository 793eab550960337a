using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Drafts of forms, publishing new versions, and the refusal of changes that would lose records' data.</summary>
public sealed class FormVersionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Profile = "/api/forms/partner-profile";

    [Fact]
    public async Task Publishing_a_version_that_adds_a_field_keeps_old_records_on_theirs()
    {
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var (latest, schema) = await LatestAsync(admin);
        var old = await manager.PostAsJsonAsync($"{Profile}/records", new { data = ProfileData("旧版本档案有限公司") });
        Assert.Equal(HttpStatusCode.Created, old.StatusCode);
        var oldRecordId = (await old.ReadJsonAsync())["recordId"]!.GetValue<string>();

        schema["fields"]!.AsArray().Add(JsonNode.Parse("""{"key": "websiteNote", "type": "text", "label": {"zh-CN": "网站", "en": "Website"}}"""));
        schema["version"] = 1; // the stored number is latest + 1 whatever the draft says
        var saved = await admin.PutAsJsonAsync($"{Profile}/draft", schema);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await saved.ReadJsonAsync();
        Assert.True(draft["canPublish"]!.GetValue<bool>());
        Assert.Equal(latest + 1, draft["nextVersion"]!.GetValue<int>());
        Assert.Contains(draft["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "fieldAdded" && p["kind"]!.GetValue<string>() == "info");

        var published = await admin.PostAsync($"{Profile}/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(latest + 1, (await published.ReadJsonAsync())["version"]!.GetValue<int>());

        var versions = await admin.GetFromJsonAsync<JsonArray>($"{Profile}/versions");
        Assert.Equal(latest + 1, versions![0]!["version"]!.GetValue<int>());
        Assert.True(versions[0]!["isPublished"]!.GetValue<bool>());
        var stored = await manager.GetFromJsonAsync<JsonObject>($"{Profile}/versions/{latest + 1}");
        Assert.Equal(latest + 1, stored!["schema"]!["version"]!.GetValue<int>());
        Assert.Contains(stored["schema"]!["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "websiteNote");
        Assert.Equal(latest + 1, (await manager.GetFromJsonAsync<JsonObject>(Profile))!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Profile}/draft")).StatusCode);

        var oldRecord = await manager.GetFromJsonAsync<JsonObject>($"/api/records/{oldRecordId}");
        Assert.Equal(latest, oldRecord!["formVersion"]!.GetValue<int>());
        Assert.Equal("旧版本档案有限公司", oldRecord["data"]!["companyName"]!.GetValue<string>());

        var data = ProfileData("新版本档案有限公司");
        data["websiteNote"] = "www.example.com";
        var fresh = await (await manager.PostAsJsonAsync($"{Profile}/records", new { data })).ReadJsonAsync();
        Assert.Equal(latest + 1, fresh["formVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lossy_type_change_is_refused_with_422_naming_the_field_and_nothing_changes()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var (latest, schema) = await LatestAsync(admin);
        var fields = schema["fields"]!.AsArray();
        var index = fields.Select((f, i) => (f, i)).Single(x => x.f!["key"]!.GetValue<string>() == "paymentTermDays").i;
        var field = fields[index]!.AsObject();
        field["type"] = "text";
        foreach (var numeric in new[] { "precision", "min", "max", "unit" })
        {
            field.Remove(numeric);
        }

        var saved = await (await admin.PutAsJsonAsync($"{Profile}/draft", schema)).ReadJsonAsync();
        Assert.False(saved["canPublish"]!.GetValue<bool>());
        var response = await admin.PostAsync($"{Profile}/publish", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single((await response.ReadJsonAsync())["errors"]!.AsArray());
        Assert.Equal($"/fields/{index}/type", error!["path"]!.GetValue<string>());
        Assert.Equal("lossyTypeChange", error["code"]!.GetValue<string>());
        Assert.Contains("paymentTermDays", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("from number to text", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(latest, (await LatestAsync(admin)).Version);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Profile}/draft")).StatusCode);
    }

    [Fact]
    public async Task Draft_with_schema_errors_is_stored_but_cannot_be_published()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var broken = JsonNode.Parse("""{"id": "supplier-survey", "title": "Survey", "fields": [{"key": "n", "type": "number", "label": "N", "min": 5, "max": 1}]}""");

        var saved = await admin.PutAsJsonAsync("/api/forms/supplier-survey/draft", broken);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains((await saved.ReadJsonAsync())["problems"]!.AsArray(), p => p!["path"]!.GetValue<string>().StartsWith("/fields/0/", StringComparison.Ordinal));
        var refused = await admin.PostAsync("/api/forms/supplier-survey/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.All((await refused.ReadJsonAsync())["errors"]!.AsArray(), e => Assert.Equal("schema", e!["code"]!.GetValue<string>()));

        broken!["fields"]![0]!["max"] = 10;
        await admin.PutAsJsonAsync("/api/forms/supplier-survey/draft", broken);
        var published = await admin.PostAsync("/api/forms/supplier-survey/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(1, (await published.ReadJsonAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_designers_and_admins_edit_and_publish()
    {
        var (_, schema) = await LatestAsync(await ApiClient.AdminAsync(fixture.Host));
        foreach (var other in new[] { await ApiClient.ManagerAsync(fixture.Host), await ApiClient.ApplicantAsync(fixture.Host) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"{Profile}/draft", schema)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{Profile}/draft")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{Profile}/publish", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{Profile}/versions")).StatusCode);
        }

        var designer = await CreateUserAsync("form-designer-1", RoleNames.Designer);
        var saved = await designer.PutAsJsonAsync("/api/forms/designer-form/draft",
            JsonNode.Parse("""{"id": "designer-form", "title": "D", "fields": [{"key": "a", "type": "text", "label": "A"}]}"""));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await designer.PostAsync("/api/forms/designer-form/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.PostAsync("/api/forms/designer-form/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.CreateClient().GetAsync($"{Profile}/versions")).StatusCode);
    }

    [Fact]
    public async Task Pack_upgrade_is_held_to_the_same_rule()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var (latest, schema) = await LatestAsync(admin);
        schema["version"] = latest + 1;
        var fields = schema["fields"]!.AsArray();
        var index = fields.Select((f, i) => (f, i)).Single(x => x.f!["key"]!.GetValue<string>() == "industries").i;
        fields[index]!["type"] = "select";
        var pack = PackReader.ReadZip(new MemoryStream(Packs.TestPacks.Zip(
            ("pack.json", Packs.TestPacks.Manifest("version-test-pack", "1.0.0", ["forms/partner-profile.form.json"])),
            ("forms/partner-profile.form.json", schema.ToJsonString()))), new PackLimits()).SourceOrThrow();

        using var scope = fixture.Host.Services.CreateScope();
        var refused = await Assert.ThrowsAsync<PackImportException>(async () =>
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FlowChannel.Application.Packs.Install.InstallPack(null, pack)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal($"/fields/{index}/type", error.Path);
        Assert.Contains("several choices", error.Message, StringComparison.Ordinal);
        Assert.Equal(latest, (await LatestAsync(admin)).Version);
    }

    private static async Task<(int Version, JsonObject Schema)> LatestAsync(HttpClient client)
    {
        var version = (await client.GetFromJsonAsync<JsonObject>(Profile))!["version"]!.GetValue<int>();
        var stored = await client.GetFromJsonAsync<JsonObject>($"{Profile}/versions/{version}");
        return (version, stored!["schema"]!.AsObject());
    }

    private static JsonObject ProfileData(string company) => new()
    {
        ["companyName"] = company,
        ["creditCode"] = "91320500MA1XY2AB3C",
        ["partnerType"] = "distributor",
        ["province"] = "jiangsu",
        ["city"] = "苏州",
        ["industries"] = new JsonArray("manufacturing"),
        ["tier"] = "ordinary",
        ["status"] = "prospect",
        ["contactName"] = "韩梅梅",
        ["contactPhone"] = "13912345678",
        ["contactEmail"] = "hanmeimei@example.com",
        ["paymentTermDays"] = 30,
    };

    private async Task<HttpClient> CreateUserAsync(string userName, string role)
    {
        using var scope = fixture.Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserSeeder>().EnsureUserAsync(userName, userName, role, FlowChannelHost.SamplePassword);
        return await ApiClient.SignInAsync(fixture.Host, userName, FlowChannelHost.SamplePassword);
    }
}
