using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>What a business user does in the flow designer, step by step, for the designer browser tests.</summary>
internal static class FlowSteps
{
    public static async Task DropAsync(IPage page, string type, ILocator canvas, float x, float y) =>
        await page.GetByTestId($"activity-{type}").DragToAsync(canvas, new LocatorDragToOptions { TargetPosition = new TargetPosition { X = x, Y = y } });

    /// <summary>A connection is drawn with the pointer: press on the outcome port, move onto the target node, release.</summary>
    public static async Task ConnectAsync(IPage page, string source, string port, string target)
    {
        var from = await page.GetByTestId($"port-{source}-{port}").BoundingBoxAsync() ?? throw new InvalidOperationException(port);
        var to = await page.GetByTestId($"node-{target}").BoundingBoxAsync() ?? throw new InvalidOperationException(target);
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + 30, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.GetByTestId($"link-{source}-{port}-{target}")).ToHaveCountAsync(1);
    }

    /// <summary>Selects an approval node, titles it and names one user as its approver in the panel.</summary>
    public static async Task ConfigureApprovalAsync(IPage page, string node, string title, string userName)
    {
        await page.GetByTestId($"node-{node}").Locator("rect").First.ClickAsync();
        // The panel of the node clicked, not the one still showing from the previous node (a busy server re-renders later).
        await Assertions.Expect(page.Locator($"[data-testid=approval-panel][data-node='{node}']")).ToBeVisibleAsync();
        var titleInput = page.GetByTestId("input-title-value");
        await titleInput.FillAsync(title);
        await titleInput.BlurAsync();
        await page.GetByTestId("add-approver").ClickAsync();
        await page.GetByTestId("approver-0-type").SelectOptionAsync("user");
        var value = page.GetByTestId("approver-0-value");
        await value.FillAsync(userName);
        await value.BlurAsync();
        await Assertions.Expect(value).ToHaveValueAsync(userName);
        await Assertions.Expect(page.GetByTestId($"node-{node}")).Not.ToHaveClassAsync(new Regex("invalid"));
    }
}
