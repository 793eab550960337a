using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>References and files inside subform rows, and signatures: checked like the form's own fields.</summary>
public sealed class ReferenceSubformTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";

    [Fact]
    public async Task Row_links_and_members_are_checked_at_their_row_path_and_copies_fill_the_row()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var managersProduct = await ReferenceFieldTests.ProductAsync(manager, "Row widget M");
        var own = await ReferenceFieldTests.ProductAsync(applicant, "Row widget A");

        var refused = await applicant.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["lines"] = new JsonArray(
                new JsonObject { ["item"] = own.Id },
                new JsonObject { ["item"] = managersProduct.Id, ["helper"] = "nobody" }),
        } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var paths = (await refused.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Equal(["lines[1].helper", "lines[1].item"], paths.Order(StringComparer.Ordinal));

        var created = await applicant.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["lines"] = new JsonArray(new JsonObject { ["item"] = own.Id }),
        } });
        var line = (await ReferenceFieldTests.RecordDataAsync(applicant, created))["lines"]![0]!;
        Assert.Equal("Row widget A", line["item"]!["name"]!.GetValue<string>());
        Assert.Equal(own.Code, line["itemCode"]!.GetValue<string>());

        var search = await applicant.GetFromJsonAsync<JsonArray>($"/api/forms/{ReferenceFieldForms.Orders}/fields/lines.item/link-search?q=row widget");
        Assert.Equal(own.Id, Assert.Single(search!)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Images_in_rows_and_signatures_must_be_the_callers_uploads_of_an_accepted_type()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var pdf = await UploadAsync(manager, "scan.pdf", "application/pdf");
        var png = await UploadAsync(manager, "sign.png", "image/png");
        var othersPng = await UploadAsync(applicant, "theirs.png", "image/png");

        var disguised = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["lines"] = new JsonArray(new JsonObject { ["photo"] = new JsonArray(File(pdf, "image/png")) }),
        } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disguised.StatusCode);
        var error = Assert.Single((await disguised.ReadJsonAsync())["errors"]!.AsArray());
        Assert.Equal("lines[0].photo[0]", error!["path"]!.GetValue<string>());
        Assert.Equal("fileType", error["code"]!.GetValue<string>());

        var borrowed = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["sign"] = File(othersPng, "image/png") } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, borrowed.StatusCode);
        Assert.Equal("sign.id", (await borrowed.ReadJsonAsync())["errors"]![0]!["path"]!.GetValue<string>());

        var signed = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["sign"] = File(png, "image/png"),
            ["lines"] = new JsonArray(new JsonObject { ["photo"] = new JsonArray(File(png, "image/png")) }),
        } });
        var data = await ReferenceFieldTests.RecordDataAsync(manager, signed);
        Assert.Equal("sign.png", data["sign"]!["name"]!.GetValue<string>());
        Assert.Equal("sign.png", data["lines"]![0]!["photo"]![0]!["name"]!.GetValue<string>());
    }

    private static JsonObject File(string id, string contentType) =>
        new() { ["id"] = id, ["name"] = "claimed.png", ["size"] = 3, ["contentType"] = contentType };

    private static async Task<string> UploadAsync(HttpClient client, string name, string contentType)
    {
        var bytes = new ByteArrayContent("abc"u8.ToArray());
        bytes.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var upload = new MultipartFormDataContent { { bytes, "file", name } };
        var response = await client.PostAsync("/api/files", upload);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["id"]!.GetValue<string>();
    }
}
