using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Api.RecordTransfer;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Api.OptionLimits.OptionLimitForm;

namespace FlowChannel.Web.Tests.Api.OptionLimits;

/// <summary>
/// A permission set's option limit on every path a user writes a record through, on a real SQLite file: what the set
/// allows goes through, anything else is refused with 422 at the field and changes nothing, the value a record holds
/// may always stay, and a user in two sets may set the options of both.
/// </summary>
public sealed class OptionLimitWriteTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private FlowChannelHost Host => fixture.Host;

    private Task<HttpClient> PartnerAsync() => ApiClient.SignInAsync(Host, "partner-user", FlowChannelHost.SamplePassword);

    [Fact]
    public async Task A_submission_may_set_an_allowed_option_or_keep_the_default_but_not_another_option()
    {
        await PublishAsync(Host);
        var partner = await PartnerAsync();

        var accepted = await partner.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title = "submit accepted", status = "accepted" } });
        var kept = await partner.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title = "submit default", status = "new" } });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.True(kept.IsSuccessStatusCode, await kept.Content.ReadAsStringAsync());
        var before = await CountAsync(Host);

        var won = await partner.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title = "submit won", status = "won" } });
        var tags = await partner.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title = "submit tags", tags = new[] { "a", "b" } } });

        Assert.Equal(("status", "optionNotAllowed"), await RefusalAsync(won));
        Assert.Equal(("tags", "optionNotAllowed"), await RefusalAsync(tags));
        Assert.Equal(before, await CountAsync(Host));
    }

    [Fact]
    public async Task A_change_may_set_an_allowed_option_and_keep_a_value_a_manager_set_but_not_set_another()
    {
        await PublishAsync(Host);
        var partner = await PartnerAsync();
        var wonByManager = await ByManagerAsync(Host, "put won", "won");
        var open = await ByManagerAsync(Host, "put open", "new");

        // The manager's "won" stays while the partner changes another field of the record.
        var keep = await partner.PutAsJsonAsync($"/api/records/{wonByManager}", new { data = new { title = "put won, renamed", status = "won" } });
        Assert.True(keep.IsSuccessStatusCode, await keep.Content.ReadAsStringAsync());
        Assert.Contains("\"status\":\"won\"", await StoredAsync(Host, wonByManager), StringComparison.Ordinal);

        var before = await StoredAsync(Host, open);
        var refused = await partner.PutAsJsonAsync($"/api/records/{open}", new { data = new { title = "must not stick", status = "won" } });
        Assert.Equal(("data/status", "optionNotAllowed"), await RefusalAsync(refused));
        Assert.Equal(before, await StoredAsync(Host, open));

        var declined = await partner.PutAsJsonAsync($"/api/records/{open}", new { data = new { status = "declined" } });
        Assert.True(declined.IsSuccessStatusCode, await declined.Content.ReadAsStringAsync());
        Assert.Contains("\"status\":\"declined\"", await StoredAsync(Host, open), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_in_two_sets_may_set_the_options_of_both_and_a_user_in_one_only_its_own()
    {
        await PublishAsync(Host);
        var applicant = await ApiClient.ApplicantAsync(Host);
        var partner = await PartnerAsync();
        var first = await ByManagerAsync(Host, "union one", "new");
        var second = await ByManagerAsync(Host, "union two", "new");

        var lost = await applicant.PutAsJsonAsync($"/api/records/{first}", new { data = new { status = "lost" } });
        var accepted = await applicant.PutAsJsonAsync($"/api/records/{second}", new { data = new { status = "accepted" } });
        var notTheirs = await partner.PutAsJsonAsync($"/api/records/{second}", new { data = new { status = "lost" } });
        var neither = await applicant.PutAsJsonAsync($"/api/records/{first}", new { data = new { status = "won" } });

        Assert.True(lost.IsSuccessStatusCode, await lost.Content.ReadAsStringAsync());
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal(("data/status", "optionNotAllowed"), await RefusalAsync(notTheirs));
        Assert.Equal(("data/status", "optionNotAllowed"), await RefusalAsync(neither));
        Assert.Contains("\"status\":\"lost\"", await StoredAsync(Host, first), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"accepted\"", await StoredAsync(Host, second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_value_or_formula_is_refused_whole_for_any_record_it_would_set_to_an_option_not_allowed()
    {
        await PublishAsync(Host);
        var partner = await PartnerAsync();
        var won = await ByManagerAsync(Host, "batch won", "won");
        var open = await ByManagerAsync(Host, "batch open", "new");
        var (wonBefore, openBefore) = (await StoredAsync(Host, won), await StoredAsync(Host, open));
        var batch = $"/api/forms/{FormId}/records/batch-edit";

        var byValue = await partner.PostAsJsonAsync(batch, new { recordIds = new[] { won, open }, field = "status", value = "won" });
        var byFormula = await partner.PostAsJsonAsync(batch, new { recordIds = new[] { won, open }, field = "status", formula = "\"won\"" });

        Assert.Equal(($"records/{open}/data/status", "optionNotAllowed"), await RefusalAsync(byValue));
        Assert.Equal(($"records/{open}/data/status", "optionNotAllowed"), await RefusalAsync(byFormula));
        Assert.Equal(wonBefore, await StoredAsync(Host, won));
        Assert.Equal(openBefore, await StoredAsync(Host, open));

        // A record that already holds the value keeps it; an allowed value goes to every record.
        var keep = await partner.PostAsJsonAsync(batch, new { recordIds = new[] { won }, field = "status", formula = "\"won\"" });
        Assert.True(keep.IsSuccessStatusCode, await keep.Content.ReadAsStringAsync());
        var accept = await partner.PostAsJsonAsync(batch, new { recordIds = new[] { won, open }, field = "status", value = "accepted" });
        Assert.True(accept.IsSuccessStatusCode, await accept.Content.ReadAsStringAsync());
        Assert.Contains("\"status\":\"accepted\"", await StoredAsync(Host, won), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"accepted\"", await StoredAsync(Host, open), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_a_draft_with_an_option_not_allowed_is_refused_and_keeps_the_draft()
    {
        await PublishAsync(Host);
        var partner = await PartnerAsync();
        var draft = await (await partner.PostAsJsonAsync($"/api/forms/{FormId}/record-drafts", new { data = new { title = "drafted", status = "won" } })).ReadJsonAsync();
        var draftId = (string)draft["draft"]!["id"]!;
        var before = await CountAsync(Host);

        var submitted = await partner.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title = "drafted", status = "won" }, draftId });

        Assert.Equal(("status", "optionNotAllowed"), await RefusalAsync(submitted));
        Assert.Equal(before, await CountAsync(Host));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/record-drafts/{draftId}")).StatusCode);
    }

    [Fact]
    public async Task An_import_refuses_rows_setting_an_option_not_allowed_by_row_and_column_and_writes_the_others()
    {
        await PublishAsync(Host);
        var partner = await PartnerAsync();

        var strict = await ImportAsync(partner, "Title,Status\nimp accepted,accepted\nimp won,won\nimp default,new\n", "allOrNothing");
        var lenient = await ImportAsync(partner, "Title,Status\nimp2 accepted,accepted\nimp2 won,won\nimp2 default,new\n", "skipBadRows");

        Assert.Equal([(3, "B", "optionNotAllowed")], ImportCalls.Errors(strict));
        Assert.Equal(0, (int)strict["report"]!["written"]!);
        Assert.Equal([(3, "B", "optionNotAllowed")], ImportCalls.Errors(lenient));
        Assert.Equal(2, (int)lenient["report"]!["written"]!);
    }

    private static async Task<JsonNode> ImportAsync(HttpClient client, string csv, string mode)
    {
        var upload = await ImportCalls.UploadCsvAsync(client, csv, FormId);
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        return await ImportCalls.RunAsync(client, (string)(await upload.ReadJsonAsync())["id"]!, dryRun: false, mode: mode);
    }
}
