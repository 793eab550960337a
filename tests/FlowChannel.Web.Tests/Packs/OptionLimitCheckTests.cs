using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Api.OptionLimits;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>
/// Option limits naming what a form does not have are refused where they are written: in a pack (by file and JSON
/// pointer, nothing installed) and in the admin's permission-set editor (by pointer into the set, nothing stored).
/// </summary>
public sealed class OptionLimitCheckTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string FormFile = "form-schemas/limited.form.json";

    [Fact]
    public async Task A_pack_limiting_options_of_a_field_without_them_or_naming_an_unknown_option_is_refused_at_each_pointer()
    {
        var stage = """, { "key": "stage", "type": "select", "label": "Stage", "options": [ { "value": "open", "label": "Open" }, { "value": "won", "label": "Won" } ] }""";
        var permissions = """
            { "sets": [ { "key": "partners", "roles": ["partner"], "actions": ["add", "view"], "scope": "createdByMe", "fields": {
                "amount": { "right": "edit", "options": ["1"] },
                "stage": { "right": "edit", "options": ["open", "closed"] } } } ] }
            """;
        var zip = Zip(("pack.json", Manifest("limits", "1.0.0", [FormFile])), (FormFile, Form("limited-order", 1, stage, permissions)));
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var before = await SnapshotAsync(fixture.Host);

        var response = await ImportAsync(admin, zip);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => ((string)e!["file"]!, (string)e["path"]!)).ToList();
        Assert.Contains((FormFile, "/permissions/sets/0/fields/amount/options"), errors);
        Assert.Contains((FormFile, "/permissions/sets/0/fields/stage/options/1"), errors);
        Assert.Equal(before, await SnapshotAsync(fixture.Host));
    }

    [Fact]
    public async Task An_admin_saving_a_set_with_an_unknown_option_is_told_where_and_nothing_is_stored()
    {
        await OptionLimitForm.PublishAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var url = $"/api/admin/forms/{OptionLimitForm.FormId}/permission-sets";
        var before = await admin.GetStringAsync(url);
        var set = JsonNode.Parse("""
            {"key": "closers2", "roles": ["partner"], "actions": ["view", "edit"], "scope": "all",
             "fields": {"status": {"right": "edit", "options": ["lost", "archived"]}, "title": {"right": "read", "options": ["x"]}}}
            """);

        var response = await admin.PostAsJsonAsync(url, set);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var paths = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["/fields/status/options/1", "/fields/title/options"], paths);
        Assert.Equal(before, await admin.GetStringAsync(url));
    }
}
