using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static FlowChannel.Web.Tests.Api.WorkflowInstances.InstanceWorkflows;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The administrator's instance pages in a real browser: find a faulted instance, retry it, see it finish.</summary>
public sealed class WorkflowInstanceAdminTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_opens_a_faulted_instance_clicks_retry_and_sees_it_finish()
    {
        var instanceId = await StartFaultedInstanceAsync();
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-instances").ClickAsync();
        await page.Locator("[data-testid=instance-link]", new PageLocatorOptions { HasText = instanceId }).ClickAsync();
        // The list page has a ready marker too: wait for this page's own, or the click may land before it is interactive.
        await page.Locator("[data-testid=instance-facts][data-ready=true]").WaitForAsync();
        var status = page.GetByTestId("instance-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-status", "Faulted");
        await Assertions.Expect(page.GetByTestId("incidents")).ToContainTextAsync("service down");

        await page.GetByTestId("retry").ClickAsync();

        await Assertions.Expect(status).ToHaveAttributeAsync("data-status", "Finished");
        await Assertions.Expect(page.GetByTestId("instance-message")).ToContainTextAsync("Retried");
        await Assertions.Expect(page.GetByTestId("retry")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task People_who_are_not_administrators_get_neither_the_link_nor_the_page()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "manager");
        await Assertions.Expect(page.GetByTestId("nav-instances")).ToHaveCountAsync(0);
        // The server refuses the page itself (access denied sends people home), not just the link.
        var response = await page.GotoAsync("/admin/workflow-instances");
        Assert.Equal("/", new Uri(response!.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("instances")).ToHaveCountAsync(0);
    }

    private Task<IBrowserContext> NewContextAsync() =>
        session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });

    /// <summary>An instance whose script fails once (a service down), so that a retry gets through.</summary>
    private async Task<string> StartFaultedInstanceAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = FlowChannelHost.AdminPassword })).ReadJsonAsync();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        await ImportAsync(api, Definition("browser-retry", 1,
            [WriteLine("hello"), Script("call", "if (getTries() < 1) { setTries(getTries() + 1); throw new Error('service down'); }")],
            [Connect("hello", "call")],
            """{ "id": "var-tries", "name": "Tries", "typeName": "Int32", "value": "0" }"""));
        var id = await StartAsync(api, "browser-retry", "browser-1");
        Assert.Equal("Faulted", (string?)(await GetAsync(api, id))["subStatus"]);
        return id;
    }
}
