using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Api;

/// <summary>
/// Two forms published through the form API for the reference-field tests: a product catalogue, and orders that point
/// at users, departments and products (link with filter and copies, unique order number, data linkage, related list,
/// options read from the catalogue).
/// </summary>
internal static class ReferenceFieldForms
{
    public const string Products = "ref-products";
    public const string Orders = "ref-orders";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsurePublishedAsync(WebApplicationFactory<Program> host)
    {
        await Gate.WaitAsync();
        try
        {
            var admin = await ApiClient.AdminAsync(host);
            if ((await admin.GetAsync($"/api/forms/{Orders}")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            await PublishAsync(admin, ProductsSchema);
            await PublishAsync(admin, OrdersSchema);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task PublishAsync(HttpClient admin, string schemaJson)
    {
        var schema = JsonNode.Parse(schemaJson)!;
        var id = schema["id"]!.GetValue<string>();
        var saved = await admin.PutAsJsonAsync($"/api/forms/{id}/draft", schema);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await admin.PostAsync($"/api/forms/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private const string ProductsSchema = """
        {
          "id": "ref-products", "version": 1, "title": "Products",
          "fields": [
            {"key": "name", "type": "text", "label": "Name", "required": true},
            {"key": "code", "type": "text", "label": {"zh-CN": "编码", "en": "Code"}, "required": true},
            {"key": "price", "type": "number", "label": {"zh-CN": "价格", "en": "Price"}},
            {"key": "category", "type": "text", "label": "Category"},
            {"key": "status", "type": "select", "label": "Status", "options": [{"value": "active", "label": "Active"}, {"value": "retired", "label": "Retired"}]}
          ]
        }
        """;

    private const string OrdersSchema = """
        {
          "id": "ref-orders", "version": 1, "title": "Orders",
          "fields": [
            {"key": "orderNo", "type": "text", "label": "Order no.", "unique": true},
            {"key": "owner", "type": "member", "label": "Owner"},
            {"key": "reviewers", "type": "members", "label": "Reviewers"},
            {"key": "dept", "type": "department", "label": "Department"},
            {"key": "product", "type": "link", "label": "Product",
             "link": {"form": "ref-products", "displayField": "name", "searchFields": ["name", "code"],
                      "filter": [{"field": "status", "op": "eq", "value": "'active'"}],
                      "copy": {"productCode": "code", "unitPrice": "price"}}},
            {"key": "productCode", "type": "text", "label": "Product code", "readOnly": true},
            {"key": "unitPrice", "type": "number", "label": "Unit price"},
            {"key": "lookupCode", "type": "text", "label": "Lookup code"},
            {"key": "category", "type": "text", "label": "Category",
             "defaultLink": {"form": "ref-products", "where": [{"field": "code", "op": "eq", "value": "lookupCode"}], "take": "category"}},
            {"key": "sameCategory", "type": "related", "label": "Same category",
             "related": {"form": "ref-products", "where": [{"field": "category", "op": "eq", "value": "category"}], "columns": ["code", "price"], "limit": 50}},
            {"key": "pick", "type": "select", "label": "Pick",
             "optionsFrom": {"form": "ref-products", "valueField": "code", "labelField": "name", "filter": [{"field": "status", "op": "eq", "value": "'active'"}]}},
            {"key": "sign", "type": "signature", "label": "Signature"},
            {"key": "lines", "type": "subform", "label": "Lines", "fields": [
              {"key": "item", "type": "link", "label": "Item", "link": {"form": "ref-products", "displayField": "name", "copy": {"itemCode": "code"}}},
              {"key": "itemCode", "type": "text", "label": "Item code"},
              {"key": "helper", "type": "member", "label": "Helper"},
              {"key": "photo", "type": "image", "label": "Photo"}
            ]}
          ]
        }
        """;
}
