using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Api.RecordTransfer.ImportCalls;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>Print pages: the form's template in the reader's language, one sheet per record, only the fields the reader may see.</summary>
public sealed partial class RecordPrintTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_record_prints_through_the_forms_template_in_the_readers_language_with_values_encoded_and_hidden_fields_left_out()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var id = await SubmitAsync(admin, FormId, new { orderNo = "PR-1", note = "<script>alert(1)</script>" });

        var english = await PrintAsync(admin, $"/records/{FormId}/{id}/print", "en");
        var chinese = await PrintAsync(admin, $"/records/{FormId}/{id}/print", "zh-CN");

        Assert.Contains("<h1>Import orders</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<p class=\"no\">PR-1</p>", english, StringComparison.Ordinal);
        Assert.Contains("<p>Note=&lt;script&gt;alert(1)&lt;/script&gt;</p>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", english, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPSECRET", english, StringComparison.Ordinal);
        Assert.Contains("<h1>打印：导入订单</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_print_puts_each_selected_record_on_its_own_sheet_in_the_order_asked()
    {
        await EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var first = await SubmitAsync(admin, FormId, new { orderNo = "PB-1" });
        var second = await SubmitAsync(admin, FormId, new { orderNo = "PB-2" });

        var page = await PrintAsync(admin, $"/records/{FormId}/print?ids={second},{first}", "en");
        var missing = await admin.GetAsync($"/records/{FormId}/print?ids={first},{Guid.NewGuid()}");

        Assert.Equal(["PB-2", "PB-1"], NumberOnSheet().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_partner_user_prints_only_their_partners_records_without_the_fields_hidden_from_them()
    {
        await RecordImportRightsTests.PublishAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var partnerUser = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);
        var own = await SubmitAsync(partnerUser, RecordImportRightsTests.PartnerForm, new { orderNo = "PP-OWN" });
        await admin.PutAsJsonAsync($"/api/records/{own}", new { data = new { margin = 31337 } });
        var others = await SubmitAsync(admin, RecordImportRightsTests.PartnerForm, new { orderNo = "PP-ADMIN" });

        var page = await PrintAsync(partnerUser, $"/records/{RecordImportRightsTests.PartnerForm}/{own}/print", "en");
        var adminPage = await PrintAsync(admin, $"/records/{RecordImportRightsTests.PartnerForm}/{own}/print", "en");
        var refused = await partnerUser.GetAsync($"/records/{RecordImportRightsTests.PartnerForm}/print?ids={own},{others}");
        var outsider = await (await ApiClient.ManagerAsync(fixture.Host)).GetAsync($"/records/{RecordImportRightsTests.PartnerForm}/{own}/print");

        Assert.Contains("PP-OWN", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Margin", page, StringComparison.Ordinal);
        Assert.DoesNotContain("31337", page, StringComparison.Ordinal);
        Assert.Contains("31337", adminPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    private static async Task<string> SubmitAsync(HttpClient client, string formId, object data)
    {
        var response = await client.PostAsJsonAsync($"/api/forms/{formId}/records", new { data });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadJsonAsync())["recordId"]!;
    }

    private static async Task<string> PrintAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        return body;
    }

    [GeneratedRegex("<section class=\"sheet\"><h1>[^<]*</h1><p class=\"no\">([^<]*)</p>")]
    private static partial Regex NumberOnSheet();
}
