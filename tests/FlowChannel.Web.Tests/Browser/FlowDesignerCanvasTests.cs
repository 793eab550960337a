using System.Text;
using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The flow designer's canvas in a real browser: importing an Elsa JSON file, zoom and fit, and the minimap.</summary>
public sealed class FlowDesignerCanvasTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    // Two nodes far apart, as a large flow has them: at the first's place the second is well off screen.
    private static string Wide(string definitionId) => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "Wide flow", "version": 1,
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "near", "name": "Near", "type": "Elsa.WriteLine", "version": 1,
                "metadata": { "designer": { "position": { "x": 40, "y": 60 } } } },
              { "id": "far", "name": "Far", "type": "Elsa.WriteLine", "version": 1,
                "metadata": { "designer": { "position": { "x": 2600, "y": 1500 } } } }
            ],
            "connections": [ { "source": { "activity": "near", "port": "Done" }, "target": { "activity": "far", "port": "In" } } ]
          }
        }
        """;

    [Fact]
    public async Task An_imported_elsa_file_opens_where_its_designer_put_the_nodes_and_a_broken_one_is_named_by_pointer()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await ImportAsync(page, "broken.json", "{ \"id\": \"x\", \"definitionId\": \"broken-import\" }");
        await Assertions.Expect(page.GetByTestId("flows-error")).ToContainTextAsync("/root");

        await ImportAsync(page, "wide-import.json", Wide("wide-import"));
        await page.WaitForURLAsync("**/designer/flows/wide-import");
        await page.Locator(".flow-designer[data-ready=true]").WaitForAsync();

        await Assertions.Expect(page.GetByTestId("node-near")).ToHaveAttributeAsync("transform", "translate(40,60)");
        await Assertions.Expect(page.GetByTestId("node-far")).ToHaveAttributeAsync("transform", "translate(2600,1500)");
        await Assertions.Expect(page.GetByTestId("link-near-Done-far")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Zoom_changes_the_scale_fit_shows_every_node_and_the_minimap_pans_to_a_clicked_place()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await ImportAsync(page, "wide-zoom.json", Wide("wide-zoom"));
        await page.WaitForURLAsync("**/designer/flows/wide-zoom");
        await page.Locator(".flow-designer[data-ready=true]").WaitForAsync();
        var canvas = page.GetByTestId("flow-canvas");
        Assert.False(await InsideAsync(page.GetByTestId("node-far"), canvas));

        // The minimap shows both nodes; a click on the far one brings it into view.
        await Assertions.Expect(page.GetByTestId("minimap-node-far")).ToHaveCountAsync(1);
        var far = await page.GetByTestId("minimap-node-far").BoundingBoxAsync() ?? throw new InvalidOperationException("minimap node");
        await page.Mouse.ClickAsync(far.X + far.Width / 2, far.Y + far.Height / 2);
        await Expect(() => InsideAsync(page.GetByTestId("node-far"), canvas), () => Task.FromResult("the far node stayed out of view"));
        Assert.False(await InsideAsync(page.GetByTestId("node-near"), canvas));

        await page.GetByTestId("zoom-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-canvas").Locator(".flow-tools")).ToContainTextAsync("125");
        await page.GetByTestId("zoom-fit").ClickAsync();
        await Expect(async () => await CentreInsideAsync(page.GetByTestId("node-near"), canvas) && await CentreInsideAsync(page.GetByTestId("node-far"), canvas),
            async () => string.Join("; ", await Task.WhenAll(new[] { "node-near", "node-far", "flow-canvas" }
                .Select(async id => $"{id} {Describe(await page.GetByTestId(id).BoundingBoxAsync())}"))));
        await DesignerSteps.SaveScreenshotAsync(page, "flow-designer-fit.png");
    }

    // A one-port node at the top left and an approval node (four outcome rows, far taller) lowest and far right, where
    // the overview panel sits once the flow is fitted to the whole canvas.
    private static string Tall(string definitionId) => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "Tall flow", "version": 1,
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "note", "name": "Note", "type": "Elsa.WriteLine", "version": 1,
                "metadata": { "designer": { "position": { "x": 0, "y": 0 } } } },
              { "id": "approve", "name": "Approve", "type": "FlowChannel.Approval", "version": 1,
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "manager" } },
                "metadata": { "designer": { "position": { "x": 2000, "y": 700 } } } }
            ],
            "connections": [ { "source": { "activity": "note", "port": "Done" }, "target": { "activity": "approve", "port": "In" } } ]
          }
        }
        """;

    [Fact]
    public async Task Fit_shows_a_tall_approval_node_whole_below_the_toolbar_and_the_versions_panel_says_what_is_new()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await ImportAsync(page, "tall-fit.json", Tall("tall-fit"));
        await page.WaitForURLAsync("**/designer/flows/tall-fit");
        await page.Locator(".flow-designer[data-ready=true]").WaitForAsync();
        var canvas = page.GetByTestId("flow-canvas");

        await page.GetByTestId("zoom-fit").ClickAsync();

        var tools = await canvas.Locator(".flow-tools").BoundingBoxAsync() ?? throw new InvalidOperationException("toolbar");
        await Expect(async () => await InsideAsync(page.GetByTestId("node-approve").Locator("rect"), canvas)
                && await InsideAsync(page.GetByTestId("node-note").Locator("rect"), canvas)
                && (await page.GetByTestId("node-note").Locator("rect").BoundingBoxAsync())!.Y >= tools.Y + tools.Height
                && !Overlap(await page.GetByTestId("node-approve").Locator("rect").BoundingBoxAsync(), await page.GetByTestId("flow-minimap").BoundingBoxAsync()),
            async () => string.Join("; ", await Task.WhenAll(new[] { "node-note", "node-approve" }
                .Select(async id => $"{id} {Describe(await page.GetByTestId(id).Locator("rect").BoundingBoxAsync())}")))
                + $"; canvas {Describe(await canvas.BoundingBoxAsync())}; minimap {Describe(await page.GetByTestId("flow-minimap").BoundingBoxAsync())}; tools bottom {tools.Y + tools.Height:0}");

        await page.GetByTestId("show-changes-1").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-changes-1")).ToContainTextAsync("The first version");
        await Assertions.Expect(page.GetByTestId("change-node-approve")).ToContainTextAsync("Node added");
    }

    private async Task<IBrowserContext> SignedInAsync()
    {
        using (var scope = session.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserSeeder>()
                .EnsureUserAsync("canvas-designer", "canvas-designer", RoleNames.Designer, FlowChannelHost.SamplePassword);
        }
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl, Locale = "en-US", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "canvas-designer");
        return context;
    }

    private static async Task ImportAsync(IPage page, string fileName, string json)
    {
        await page.GotoAsync("/designer/flows");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await page.GetByTestId("import-flow").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json),
        });
    }

    private static bool Overlap(LocatorBoundingBoxResult? a, LocatorBoundingBoxResult? b) =>
        a is not null && b is not null && a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult? box) => box is null ? "none" : $"{box.X:0},{box.Y:0} {box.Width:0}x{box.Height:0}";

    // At a fit's small zoom a node is a few pixels tall; that its middle is in view is what a person sees.
    private static async Task<bool> CentreInsideAsync(ILocator node, ILocator canvas)
    {
        var n = await node.BoundingBoxAsync();
        var c = await canvas.BoundingBoxAsync();
        return n is not null && c is not null && n.X + n.Width / 2 > c.X && n.X + n.Width / 2 < c.X + c.Width
            && n.Y + n.Height / 2 > c.Y && n.Y + n.Height / 2 < c.Y + c.Height;
    }

    private static async Task<bool> InsideAsync(ILocator node, ILocator canvas)
    {
        var n = await node.BoundingBoxAsync();
        var c = await canvas.BoundingBoxAsync();
        return n is not null && c is not null && n.X >= c.X && n.Y >= c.Y && n.X + n.Width <= c.X + c.Width && n.Y + n.Height <= c.Y + c.Height;
    }

    // Pan and zoom are server round trips: the check is repeated until it holds or ten seconds pass.
    private static async Task Expect(Func<Task<bool>> condition, Func<Task<string>> describe)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"The canvas did not reach the expected view: {await describe()}");
    }
}
