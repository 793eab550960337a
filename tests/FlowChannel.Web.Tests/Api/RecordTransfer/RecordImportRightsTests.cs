using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Api.RecordTransfer.ImportCalls;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>Imports through the importer's permission sets: their partner, their field rights, and files at the size limit.</summary>
public sealed class RecordImportRightsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    internal const string PartnerForm = "imp-partner-orders";

    private const string PartnerSchema = """
        {
          "id": "imp-partner-orders", "version": 1, "title": "Partner orders",
          "permissions": { "sets": [
            { "key": "partners", "roles": ["partner", "partner-admin"], "actions": ["view", "add", "import", "export", "print"],
              "scope": "myPartner", "fieldDefault": "edit", "fields": { "margin": "hidden", "internalNote": "read" } }
          ] },
          "fields": [
            {"key": "orderNo", "type": "text", "label": "Order no", "required": true},
            {"key": "customer", "type": "link", "label": "Partner", "link": {"form": "partner-profile", "displayField": "companyName"}},
            {"key": "margin", "type": "number", "label": "Margin"},
            {"key": "internalNote", "type": "text", "label": "Internal note"}
          ]
        }
        """;

    [Fact]
    public async Task A_partner_user_imports_records_of_their_own_partner_and_cannot_reach_another_partner()
    {
        await PublishAsync(fixture.Host);
        var partnerUser = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);
        var otherPartnerAdmin = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);
        const string csv = "Order no,Partner\nPU-1,深圳前海云拓信息技术有限公司\nPU-2,华东智联科技有限公司\nPU-3,\n";

        var id = await UploadIdAsync(partnerUser, csv);
        var job = await RunAsync(partnerUser, id, dryRun: false, mode: "skipBadRows");

        Assert.Equal("completed", (string)job["state"]!);
        Assert.Equal([(3, "B", "reference")], Errors(job));
        Assert.Equal(2, (int)job["report"]!["written"]!);
        var partners = (await PartnerIdsAsync(fixture.Host)).Where(p => p.Key.StartsWith("PU-", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal([await UserPartnerAsync(fixture.Host, "partner-user")], partners.Values.Distinct());
        Assert.Equal(["PU-1", "PU-3"], partners.Keys.Order());
        Assert.Equal(["PU-1", "PU-3"], (await VisibleOrderNosAsync(partnerUser)).Where(n => n.StartsWith("PU-", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(await VisibleOrderNosAsync(otherPartnerAdmin), n => n.StartsWith("PU-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Columns_of_fields_the_importer_may_not_edit_are_refused_by_column_name()
    {
        await PublishAsync(fixture.Host);
        var partnerUser = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);

        var upload = await (await UploadCsvAsync(partnerUser, "Order no,Internal note,margin\nPX-1,x,3\n", PartnerForm)).ReadJsonAsync();
        var id = (string)upload["id"]!;
        var run = await partnerUser.PostAsJsonAsync($"/api/imports/{id}/runs", new { dryRun = true });
        var profiles = await UploadCsvAsync(partnerUser, "companyName\nNew Co\n", "partner-profile");

        Assert.Equal([("mapping.B", "fieldNotEditable"), ("mapping.C", "fieldNotEditable")],
            upload["mappingErrors"]!.AsArray().Select(e => ((string)e!["path"]!, (string)e["code"]!)));
        Assert.Contains("Column B ('Internal note')", (string)upload["mappingErrors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, run.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, profiles.StatusCode);
        Assert.DoesNotContain("PX-1", (await PartnerIdsAsync(fixture.Host)).Keys);
    }

    [Fact]
    public async Task A_partner_users_export_holds_neither_hidden_fields_nor_other_partners_records()
    {
        await PublishAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var partnerUser = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);
        var created = await admin.PostAsJsonAsync($"/api/forms/{PartnerForm}/records", new { data = new { orderNo = "ADMIN-1", margin = 42 } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var own = await partnerUser.PostAsJsonAsync($"/api/forms/{PartnerForm}/records", new { data = new { orderNo = "OWN-1" } });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);

        var csv = await partnerUser.GetStringAsync($"/api/forms/{PartnerForm}/records/export.csv");
        var marginColumn = await partnerUser.GetAsync($"/api/forms/{PartnerForm}/records/export.csv?columns=orderNo,margin");
        var marginFilter = await partnerUser.PostAsJsonAsync($"/api/forms/{PartnerForm}/exports",
            new { format = "csv", filters = new[] { new { field = "margin", op = "gt", value = 40 } } });

        Assert.DoesNotContain("Margin", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Order no", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("OWN-1", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("ADMIN-1", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, marginColumn.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, marginFilter.StatusCode);
        Assert.Contains("Margin", await admin.GetStringAsync($"/api/forms/{PartnerForm}/records/export.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_thousands_of_rows_is_written_in_batches_with_progress_and_one_past_the_row_limit_is_refused()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var csv = new StringBuilder("订单号,金额\n");
        for (var i = 1; i <= 2_500; i++)
        {
            csv.Append("L-").Append(i).Append(',').Append(i == 1_700 ? "oops" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
        var tooMany = new StringBuilder("订单号\n");
        for (var i = 0; i <= 100_000; i++)
        {
            tooMany.Append('T').Append(i).Append('\n');
        }

        var job = await ImportAsync(admin, csv.ToString(), dryRun: false, mode: "skipBadRows");
        var refused = await UploadCsvAsync(admin, tooMany.ToString());

        Assert.Equal("completed", (string)job["state"]!);
        Assert.Equal((2_500, 2_500), ((int)job["rows"]!, (int)job["processed"]!));
        Assert.Equal([(1_701, "B", "type")], Errors(job));
        Assert.Equal(2_499, (int)job["report"]!["written"]!);
        Assert.Equal(2_499, (await RecordImportTests.OrderNosAsync(fixture.Host, "L-")).Count);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("tooManyRows", (string)(await refused.ReadJsonAsync())["errors"]![0]!["code"]!);
    }

    private static async Task<string> UploadIdAsync(HttpClient client, string csv)
    {
        var uploaded = await UploadCsvAsync(client, csv, PartnerForm);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        return (string)(await uploaded.ReadJsonAsync())["id"]!;
    }

    private static async Task<List<string>> VisibleOrderNosAsync(HttpClient client)
    {
        var page = await (await client.GetAsync($"/api/forms/{PartnerForm}/records?pageSize=200")).ReadJsonAsync();
        return [.. page["items"]!.AsArray().Select(r => (string)r!["data"]!["orderNo"]!)];
    }

    internal static async Task PublishAsync(WebApplicationFactory<Program> host)
    {
        var admin = await ApiClient.AdminAsync(host);
        if ((await admin.GetAsync($"/api/forms/{PartnerForm}")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }
        Assert.True((await admin.PutAsJsonAsync($"/api/forms/{PartnerForm}/draft", JsonNode.Parse(PartnerSchema))).IsSuccessStatusCode);
        var published = await admin.PostAsync($"/api/forms/{PartnerForm}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private static async Task<Dictionary<string, Guid?>> PartnerIdsAsync(WebApplicationFactory<Program> host)
    {
        using var scope = host.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking()
            .Where(r => r.FormId == PartnerForm).Select(r => new { r.DataJson, r.PartnerId }).ToListAsync();
        return rows.ToDictionary(r => (string)JsonNode.Parse(r.DataJson)!["orderNo"]!, r => r.PartnerId);
    }

    private static async Task<Guid?> UserPartnerAsync(WebApplicationFactory<Program> host, string userName)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Users
            .Where(u => u.UserName == userName).Select(u => u.PartnerId).SingleAsync();
    }
}
