using Radzen;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Tests.Forms;

public sealed class ReferenceAndDisplayTests : FormTestContext
{
    [Fact]
    public async Task Member_picker_searches_the_server_and_stores_id_and_name()
    {
        var lookups = new FakeLookups();
        var model = new FormModel(TestSchemas.Parse("""{"key": "owner", "type": "member", "label": "Owner"}"""));
        var cut = RenderForm(model, lookups);
        var dropdown = cut.FindComponent<RadzenDropDown<string>>();

        await cut.InvokeAsync(() => dropdown.Instance.LoadData.InvokeAsync(new LoadDataArgs { Filter = "wang" }));
        await cut.InvokeAsync(() => dropdown.Instance.ValueChanged.InvokeAsync("u1"));

        Assert.Contains("wang", lookups.Searches);
        Assert.Equal("""{"id":"u1","name":"Wang Fang"}""", model["owner"]!.ToJsonString());
    }

    [Fact]
    public async Task Departments_picker_stores_an_array_of_references()
    {
        var model = new FormModel(TestSchemas.Parse("""{"key": "teams", "type": "departments", "label": "Teams"}"""));
        var cut = RenderForm(model, new FakeLookups());
        var dropdown = cut.FindComponent<RadzenDropDown<IEnumerable<string>>>();

        await cut.InvokeAsync(() => dropdown.Instance.LoadData.InvokeAsync(new LoadDataArgs()));
        await cut.InvokeAsync(() => dropdown.Instance.ValueChanged.InvokeAsync(["u1", "u2"]));

        Assert.Equal("""[{"id":"u1","name":"Wang Fang"},{"id":"u2","name":"Li Lei"}]""", model["teams"]!.ToJsonString());
    }

    [Fact]
    public void Related_item_lists_the_rows_the_server_found()
    {
        var model = new FormModel(TestSchemas.Parse(TestSchemas.EveryType));

        var cut = RenderForm(model, new FakeLookups());

        var related = cut.Find("[data-field=related]");
        Assert.Contains("Column A", related.TextContent, StringComparison.Ordinal);
        Assert.Contains("first related", related.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_show_thumbnails_through_the_file_download_address()
    {
        var model = new FormModel(TestSchemas.Parse("""{"key": "photos", "type": "image", "label": "Photos"}"""));
        model.Set("photos", new JsonArray(new JsonObject { ["id"] = "f1", ["name"] = "shop.png", ["size"] = 2048, ["contentType"] = "image/png" }));

        var cut = RenderForm(model);

        Assert.Equal("/api/files/f1", cut.Find("[data-field=photos] img").GetAttribute("src"));
    }

    [Fact]
    public void Record_details_link_web_addresses_without_giving_the_opener_and_show_subform_rows()
    {
        var schema = TestSchemas.Parse(
            """{"key": "site", "type": "url", "label": "Site"}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "qty", "type": "number", "label": "Qty"}]}""");
        var data = new JsonObject
        {
            ["site"] = "https://example.com/shop",
            ["lines"] = new JsonArray(new JsonObject { ["qty"] = 2 }, new JsonObject { ["qty"] = 5 }),
        };

        var cut = Render<RecordDetails>(p => p.Add(d => d.Schema, schema).Add(d => d.Data, data));

        var link = cut.Find("[data-field=site] a");
        Assert.Equal("https://example.com/shop", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-field=lines] tbody tr").Count);
    }

    [Fact]
    public void Record_details_never_link_other_schemes()
    {
        var schema = TestSchemas.Parse("""{"key": "site", "type": "url", "label": "Site"}""");

        var cut = Render<RecordDetails>(p => p.Add(d => d.Schema, schema).Add(d => d.Data, new JsonObject { ["site"] = "javascript:alert(1)" }));

        Assert.Empty(cut.FindAll("[data-field=site] a"));
    }
}
