using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>A designer builds a two-step approval flow on a pack form by drag and drop, publishes it, and it runs.</summary>
public sealed class FlowDesignerPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Customer = "流程设计器测试客户";

    [Fact]
    public async Task Designer_builds_a_two_step_approval_on_a_form_publishes_it_and_a_submission_reaches_the_manager()
    {
        using (var scope = session.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserSeeder>()
                .EnsureUserAsync("flow-designer", "flow-designer", RoleNames.Designer, FlowChannelHost.SamplePassword);
        }
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl, Locale = "en-US", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        try
        {
            await BuildAndPublishAsync(page);
            await SubmitAndFindTaskAsync(page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "flow-designer-failure.png"), FullPage = true });
            throw;
        }

        using var check = session.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "workflow.publish" && e.ObjectId == "lead-approval"));
    }

    private static async Task BuildAndPublishAsync(IPage page)
    {
        await BrowserSession.SignInAsync(page, "flow-designer");
        await page.GotoAsync("/designer/forms/lead");
        await page.Locator(".designer[data-ready=true]").WaitForAsync();
        await page.GetByTestId("create-approval-flow").ClickAsync();
        await page.WaitForURLAsync("**/designer/flows/lead-approval?**");
        await page.Locator(".flow-designer[data-ready=true]").WaitForAsync();
        // The trigger comes prefilled for the form.
        await Assertions.Expect(page.GetByTestId("node-formSubmitted1")).ToBeVisibleAsync();

        var canvas = page.GetByTestId("flow-canvas");
        await DropAsync(page, "FlowChannel.Approval", canvas, 330, 120);
        await DropAsync(page, "FlowChannel.Approval", canvas, 120, 300);
        await DropAsync(page, "Elsa.End", canvas, 330, 440);
        await ConnectAsync(page, "formSubmitted1", "Done", "approval1");
        await ConnectAsync(page, "approval1", "Approved", "approval2");
        await ConnectAsync(page, "approval2", "Approved", "end1");
        await Assertions.Expect(page.Locator(".flow-link")).ToHaveCountAsync(3);

        await ConfigureApprovalAsync(page, "approval1", "Manager approval", "channel-manager");
        await ConfigureApprovalAsync(page, "approval2", "Finance approval", "finance");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "flow-designer.png"), FullPage = true });

        await Assertions.Expect(page.GetByTestId("flow-clean")).ToBeVisibleAsync();
        await page.GetByTestId("publish-flow").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-message")).ToHaveTextAsync("Version 1 published.");
    }

    private static async Task SubmitAndFindTaskAsync(IPage page)
    {
        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync("/forms/lead");
        await page.Locator("[data-ready=true]").WaitForAsync();
        var name = page.Locator("[data-field=customerName] input");
        await name.FillAsync(Customer);
        await name.BlurAsync();
        await PickAsync(page, "province", "Jiangsu");
        await PickAsync(page, "industry", "Retail");
        await PickAsync(page, "status", "New");
        await page.GetByTestId("submit").ClickAsync();
        await page.WaitForURLAsync("**/submissions?submitted=1", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync("/tasks");
        await Assertions.Expect(page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = "Manager approval" })).ToBeVisibleAsync();
    }

    private static async Task DropAsync(IPage page, string type, ILocator canvas, float x, float y) =>
        await page.GetByTestId($"activity-{type}").DragToAsync(canvas, new LocatorDragToOptions { TargetPosition = new TargetPosition { X = x, Y = y } });

    // A connection is drawn with the pointer: press on the outcome port, move onto the target node, release.
    private static async Task ConnectAsync(IPage page, string source, string port, string target)
    {
        var from = await page.GetByTestId($"port-{source}-{port}").BoundingBoxAsync() ?? throw new InvalidOperationException(port);
        var to = await page.GetByTestId($"node-{target}").BoundingBoxAsync() ?? throw new InvalidOperationException(target);
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + 30, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.GetByTestId($"link-{source}-{port}-{target}")).ToHaveCountAsync(1);
    }

    private static async Task ConfigureApprovalAsync(IPage page, string node, string title, string role)
    {
        await page.GetByTestId($"node-{node}").Locator("rect").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=approval-panel][data-node='{node}']")).ToBeVisibleAsync();
        var titleInput = page.GetByTestId("input-title-value");
        await titleInput.FillAsync(title);
        await titleInput.BlurAsync();
        await page.GetByTestId("add-approver").ClickAsync();
        var value = page.GetByTestId("approver-0-value");
        await value.FillAsync(role);
        await value.BlurAsync();
        await Assertions.Expect(page.GetByTestId($"node-{node}")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("invalid"));
    }

    private static async Task PickAsync(IPage page, string key, string optionText)
    {
        var dropdown = page.Locator($"[data-field={key}] .rz-dropdown").First;
        await dropdown.ClickAsync();
        var popup = page.Locator($"#popup-{await dropdown.GetAttributeAsync("id")}");
        await popup.Locator("li", new LocatorLocatorOptions { HasText = optionText }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }
}
