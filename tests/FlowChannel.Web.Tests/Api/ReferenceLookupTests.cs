using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>The pickers' endpoints (directory, link search, related records, sourced options) and unique values.</summary>
public sealed class ReferenceLookupTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Fields = $"/api/forms/{ReferenceFieldForms.Orders}/fields";
    private const string Orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";

    private async Task<HttpClient> ReadyAsync()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        return await ApiClient.ManagerAsync(fixture.Host);
    }

    [Fact]
    public async Task Directory_search_filters_by_term()
    {
        var manager = await ReadyAsync();
        var users = await manager.GetFromJsonAsync<JsonArray>("/api/directory/users?q=MANAGER");
        Assert.Contains(users!, u => u!["name"]!.GetValue<string>() == "渠道经理 Channel Manager");
        Assert.DoesNotContain(users!, u => u!["name"]!.GetValue<string>().Contains("Applicant", StringComparison.Ordinal));

        var departments = await manager.GetFromJsonAsync<JsonArray>("/api/directory/departments?q=fin");
        var finance = Assert.Single(departments!);
        Assert.Equal("Finance", finance!["name"]!.GetValue<string>());
        Assert.Equal(3, (await manager.GetFromJsonAsync<JsonArray>("/api/directory/departments"))!.Count);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/directory/users?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/directory/departments")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Fields}/product/link-search?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{Fields}/sameCategory/related", new JsonObject())).StatusCode);
    }

    [Fact]
    public async Task Link_search_and_related_rows_hold_only_what_the_caller_may_see()
    {
        var manager = await ReadyAsync();
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var category = "shared-" + Guid.NewGuid().ToString("N")[..6];
        var mine = await ReferenceFieldTests.ProductAsync(applicant, "Searchable gadget A", category: category);
        var theirs = await ReferenceFieldTests.ProductAsync(manager, "Searchable gadget M", category: category);
        await ReferenceFieldTests.ProductAsync(manager, "Searchable gadget R", status: "retired", category: category);

        var found = await applicant.GetFromJsonAsync<JsonArray>($"{Fields}/product/link-search?q=searchable GADGET");
        var only = Assert.Single(found!);
        Assert.Equal(mine.Id, only!["id"]!.GetValue<string>());
        var managerFound = await manager.GetFromJsonAsync<JsonArray>($"{Fields}/product/link-search?q=Searchable gadget");
        Assert.Contains(managerFound!, i => i!["id"]!.GetValue<string>() == theirs.Id);
        Assert.DoesNotContain(managerFound!, i => i!["name"]!.GetValue<string>() == "Searchable gadget R");

        var related = await (await applicant.PostAsJsonAsync($"{Fields}/sameCategory/related", new JsonObject { ["category"] = category })).ReadJsonAsync();
        var row = Assert.Single(related["rows"]!.AsArray());
        Assert.Equal(mine.Id, row!["id"]!.GetValue<string>());
        Assert.Equal(["code", "price"], related["columns"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()));
        Assert.Equal("Code", related["columns"]![0]!["label"]!.GetValue<string>());
        var managerRelated = await (await manager.PostAsJsonAsync($"{Fields}/sameCategory/related", new JsonObject { ["category"] = category })).ReadJsonAsync();
        Assert.Equal(3, managerRelated["rows"]!.AsArray().Count);

        var copy = await applicant.GetFromJsonAsync<JsonObject>($"{Fields}/product/link-copy/{mine.Id}");
        Assert.Equal(mine.Code, copy!["productCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"{Fields}/product/link-copy/{theirs.Id}")).StatusCode);
    }

    [Fact]
    public async Task Sourced_options_are_offered_and_enforced()
    {
        var manager = await ReadyAsync();
        var active = await ReferenceFieldTests.ProductAsync(manager, "Option widget");
        var retired = await ReferenceFieldTests.ProductAsync(manager, "Retired option widget", status: "retired");

        var options = await (await manager.PostAsJsonAsync($"{Fields}/pick/options", new JsonObject())).ReadJsonAsync();
        Assert.Contains(options.AsArray(), o => o!["id"]!.GetValue<string>() == active.Code && o["name"]!.GetValue<string>() == "Option widget");
        Assert.DoesNotContain(options.AsArray(), o => o!["id"]!.GetValue<string>() == retired.Code);

        var chosen = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["pick"] = active.Code } });
        Assert.Equal(active.Code, (await ReferenceFieldTests.RecordDataAsync(manager, chosen))["pick"]!.GetValue<string>());
        var refused = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["pick"] = retired.Code } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("option", (await refused.ReadJsonAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_unique_value_is_refused_the_second_time_and_a_concurrent_double_submit_stores_one()
    {
        var manager = await ReadyAsync();
        var orderNo = "SO-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["orderNo"] = orderNo } })).StatusCode);
        var again = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["orderNo"] = orderNo } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var error = Assert.Single((await again.ReadJsonAsync())["errors"]!.AsArray());
        Assert.Equal("orderNo", error!["path"]!.GetValue<string>());
        Assert.Equal("unique", error["code"]!.GetValue<string>());

        var raced = "SO-" + Guid.NewGuid().ToString("N")[..8];
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["orderNo"] = raced } })));
        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
    }
}
