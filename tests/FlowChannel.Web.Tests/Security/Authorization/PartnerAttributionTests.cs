using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// Records staff keep about a partner (here the pack's sales orders) belong to the partner they link to, so that
/// partner's users see them through their "my partner's" scope, and no other partner does. A change of the link moves
/// the record.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class PartnerAttributionTests(AuthorizationFixture fixture)
{
    [Fact]
    public async Task An_order_staff_enter_for_a_partner_is_seen_by_that_partner_alone_and_follows_its_link()
    {
        var manager = fixture.Client(AuthzUsers.Manager);
        var partnerA = fixture.Client(AuthzUsers.PartnerAdminA);
        var partnerB = fixture.Client(AuthzUsers.PartnerUserB);

        var order = await manager.SubmitAsync("sales-order", Order(fixture.PartnerA, 12_345));

        Assert.Contains(order.ToString(), await ListedOrdersAsync(partnerA));
        Assert.Equal(HttpStatusCode.OK, (await partnerA.GetAsync($"/api/records/{order}")).StatusCode);
        Assert.DoesNotContain(order.ToString(), await ListedOrdersAsync(partnerB));
        Assert.Equal(HttpStatusCode.NotFound, (await partnerB.GetAsync($"/api/records/{order}")).StatusCode);

        var current = (await manager.GetFromJsonAsync<JsonObject>($"/api/records/{order}"))!;
        await manager.PutOkAsync($"/api/records/{order}", new
        {
            data = new JsonObject { ["partner"] = new JsonObject { ["id"] = fixture.PartnerB.ToString() } },
            baseVersion = current["version"]!.GetValue<int>(),
        });

        Assert.DoesNotContain(order.ToString(), await ListedOrdersAsync(partnerA));
        Assert.Equal(HttpStatusCode.NotFound, (await partnerA.GetAsync($"/api/records/{order}")).StatusCode);
        Assert.Contains(order.ToString(), await ListedOrdersAsync(partnerB));
        Assert.Equal(fixture.PartnerB, await fixture.WithDbAsync(db => Task.FromResult(db.FormRecords.Single(r => r.Id == order).PartnerId)));
    }

    private static JsonObject Order(Guid partner, decimal amount) => new()
    {
        ["partner"] = new JsonObject { ["id"] = partner.ToString() },
        ["orderDate"] = "2026-10-15",
        ["kind"] = "sale",
        ["amount"] = amount,
    };

    private static Task<List<string>> ListedOrdersAsync(HttpClient client) => ListedAsync(client, "sales-order");

    private static async Task<List<string>> ListedAsync(HttpClient client, string formId)
    {
        var page = await client.GetFromJsonAsync<JsonObject>($"/api/forms/{formId}/records?pageSize=500");
        return [.. page!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }
}
