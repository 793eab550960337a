using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The dashboard designer in a real browser: a bar chart built from the palette and the property panel, saved and opened.</summary>
public sealed class DashboardDesignerPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Designer_builds_a_bar_chart_of_partners_by_type_saves_it_and_the_dashboard_shows_the_bars()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(90_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync("/dashboards");
        await page.GetByTestId("new-dashboard").ClickAsync();
        await page.Locator("[data-testid=dashboard-designer][data-ready=true]").WaitForAsync();

        await page.GetByTestId("design-id").FillAsync("designed-partners");
        await page.GetByTestId("design-id").PressAsync("Tab");
        await page.GetByTestId("design-title-en").FillAsync("Partners by type (designed)");
        await page.GetByTestId("design-title-en").PressAsync("Tab");
        await page.GetByTestId("add-bar").ClickAsync();
        var panel = page.GetByTestId("widget-properties");
        await panel.GetByTestId("prop-form").SelectOptionAsync("partner-profile");
        await panel.GetByTestId("add-dimension").ClickAsync();
        await panel.GetByTestId("dimension-field").SelectOptionAsync("partnerType");
        await Assertions.Expect(panel.GetByTestId("dimension-field")).ToHaveValueAsync("partnerType");
        await page.GetByTestId("design-widget-1").GetByTestId("wider").ClickAsync();
        await Assertions.Expect(page.GetByTestId("design-widget-1")).ToHaveAttributeAsync("data-layout", "0,0,7,4");

        // The live preview draws the designer's own data before anything is saved.
        await Assertions.Expect(page.GetByTestId("preview").Locator("g.rz-column-series path").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("design-errors")).ToHaveCountAsync(0);

        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("open-saved").ClickAsync();
        await page.WaitForURLAsync("**/dashboards/designed-partners");
        await page.Locator("[data-testid=dashboard][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Partners by type (designed)");
        var bars = page.GetByTestId("widget-widget-1").Locator("g.rz-column-series path");
        await Assertions.Expect(bars.First).ToBeVisibleAsync();
        Assert.True(await bars.CountAsync() >= 2, "the sample partners have more than one type");

        using var scope = session.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "dashboard.create" && a.ObjectId == "designed-partners"));
    }

    [Fact]
    public async Task Widgets_are_moved_and_resized_by_dragging_them_on_the_canvas()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await OpenNewDesignAsync(context);
        await page.GetByTestId("add-bar").ClickAsync();
        var widget = page.GetByTestId("design-widget-1");
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-layout", "0,0,6,4");

        // The drop cells take the pointer once the drag has begun; Playwright's drag waits for its target to accept it.
        await widget.Locator(".name").DragToAsync(page.GetByTestId("drop-4-5"));
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-layout", "4,5,6,4");

        await widget.GetByTestId("resize-handle").DragToAsync(page.GetByTestId("drop-11-6"));
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-layout", "4,5,8,2");
    }

    [Fact]
    public async Task A_mistake_is_shown_at_its_pointer_and_nothing_is_saved()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await OpenNewDesignAsync(context);
        await page.GetByTestId("design-id").FillAsync("designed-broken");
        await page.GetByTestId("design-id").PressAsync("Tab");
        // A gauge shows attainment, so it needs a comparison; the new one has none.
        await page.GetByTestId("add-gauge").ClickAsync();

        await page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("design-errors")).ToContainTextAsync("/widgets/0/comparison");
        await Assertions.Expect(page.GetByTestId("open-saved")).ToHaveCountAsync(0);
        using var scope = session.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.False(await db.Dashboards.AnyAsync(d => d.Id == "designed-broken"));
    }

    /// <summary>The designer on a new dashboard, signed in as the admin, ready for input.</summary>
    private static async Task<IPage> OpenNewDesignAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync("/dashboards/design");
        await page.Locator("[data-testid=dashboard-designer][data-ready=true]").WaitForAsync();
        return page;
    }
}
