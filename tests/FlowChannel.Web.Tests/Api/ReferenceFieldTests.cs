using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Member, department and link values checked and named by the server; link copies and data linkage filled in.</summary>
public sealed class ReferenceFieldTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";
    private const string Products = $"/api/forms/{ReferenceFieldForms.Products}/records";

    [Fact]
    public async Task Unknown_user_id_is_refused_with_422_at_its_path()
    {
        var manager = await ReadyAsync();
        var managerId = await UserIdAsync(manager, "manager");
        var response = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["owner"] = new JsonObject { ["id"] = "no-such-user" },
            ["reviewers"] = new JsonArray(new JsonObject { ["id"] = managerId }, "ghost-user"),
        } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["path"]!.GetValue<string>() == "owner" && e["code"]!.GetValue<string>() == "reference");
        Assert.Contains(errors, e => e!["path"]!.GetValue<string>() == "reviewers[1]" && e["code"]!.GetValue<string>() == "reference");
        Assert.DoesNotContain(errors, e => e!["path"]!.GetValue<string>() == "reviewers[0]");
    }

    [Fact]
    public async Task Stored_names_are_the_current_display_and_department_names()
    {
        var manager = await ReadyAsync();
        var managerId = await UserIdAsync(manager, "manager");
        var created = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["owner"] = new JsonObject { ["id"] = managerId, ["name"] = "Somebody Else" },
            ["dept"] = new JsonObject { ["id"] = SampleDepartments.FinanceId.ToString(), ["name"] = "Forged" },
        } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var data = await RecordDataAsync(manager, created);
        Assert.Equal("渠道经理 Channel Manager", data["owner"]!["name"]!.GetValue<string>());
        Assert.Equal("Finance", data["dept"]!["name"]!.GetValue<string>());

        var unknown = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["dept"] = Guid.NewGuid().ToString() } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
    }

    [Fact]
    public async Task A_partner_cannot_link_a_record_they_may_not_see_and_copies_fill_from_their_own()
    {
        var manager = await ReadyAsync();
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var managersProduct = await ProductAsync(manager, "Manager widget", price: 10m);
        var ownProduct = await ProductAsync(applicant, "Applicant widget", price: 42.5m);
        var ownCode = ownProduct.Code;

        var refused = await applicant.PostAsJsonAsync(Orders, new { data = new JsonObject { ["product"] = managersProduct.Id } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var error = Assert.Single((await refused.ReadJsonAsync())["errors"]!.AsArray());
        Assert.Equal("product", error!["path"]!.GetValue<string>());
        Assert.Equal("reference", error["code"]!.GetValue<string>());

        var created = await applicant.PostAsJsonAsync(Orders, new { data = new JsonObject { ["product"] = new JsonObject { ["id"] = ownProduct.Id, ["name"] = "x" } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var data = await RecordDataAsync(applicant, created);
        Assert.Equal("Applicant widget", data["product"]!["name"]!.GetValue<string>());
        Assert.Equal(ownCode, data["productCode"]!.GetValue<string>());
        Assert.Equal(42.5m, data["unitPrice"]!.GetValue<decimal>());

        // A value the client did send is kept; only missing copy targets are filled.
        var sent = await applicant.PostAsJsonAsync(Orders, new { data = new JsonObject { ["product"] = ownProduct.Id, ["unitPrice"] = 40 } });
        Assert.Equal(40m, (await RecordDataAsync(applicant, sent))["unitPrice"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_retired_product_is_outside_the_link_filter()
    {
        var manager = await ReadyAsync();
        var retired = await ProductAsync(manager, "Old widget", status: "retired");
        var response = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["product"] = retired.Id } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Data_linkage_fills_a_missing_field_from_the_first_matching_record()
    {
        var manager = await ReadyAsync();
        var product = await ProductAsync(manager, "Linked widget", category: "cat-" + Guid.NewGuid().ToString("N")[..6]);
        var created = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["lookupCode"] = product.Code } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(product.Category, (await RecordDataAsync(manager, created))["category"]!.GetValue<string>());

        var linkage = await manager.PostAsJsonAsync($"/api/forms/{ReferenceFieldForms.Orders}/fields/category/linkage", new JsonObject { ["lookupCode"] = product.Code });
        Assert.Equal(product.Category, (await linkage.ReadJsonAsync())["value"]!.GetValue<string>());
    }

    internal async Task<HttpClient> ReadyAsync()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        return await ApiClient.ManagerAsync(fixture.Host);
    }

    internal static async Task<string> UserIdAsync(HttpClient client, string userName)
    {
        var users = await client.GetFromJsonAsync<JsonArray>($"/api/directory/users?q={userName}");
        return users!.Single(u => u!["name"]!.GetValue<string>().Contains(userName == "manager" ? "Channel Manager" : "Demo Applicant", StringComparison.Ordinal))!["id"]!.GetValue<string>();
    }

    internal sealed record Product(string Id, string Code, string? Category);

    internal static async Task<Product> ProductAsync(HttpClient client, string name, decimal price = 1m, string status = "active", string? category = null)
    {
        var code = "P-" + Guid.NewGuid().ToString("N")[..8];
        var data = new JsonObject { ["name"] = name, ["code"] = code, ["price"] = price, ["status"] = status, ["category"] = category };
        var response = await client.PostAsJsonAsync(Products, new { data });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Product((await response.ReadJsonAsync())["recordId"]!.GetValue<string>(), code, category);
    }

    internal static async Task<JsonObject> RecordDataAsync(HttpClient client, HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync())["recordId"]!.GetValue<string>();
        var record = await client.GetFromJsonAsync<JsonObject>($"/api/records/{id}");
        return record!["data"]!.AsObject();
    }
}
