using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The task page in a real browser: the approver changes a field the step lets them edit, approves, and the record
/// keeps the change; the flow diagram shows the step waiting before and done after.
/// </summary>
public sealed class TaskFieldEditPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "审批改字段浏览器有限公司";
    private const string Corrected = "审批改字段浏览器（苏州）有限公司";

    [Fact]
    public async Task Manager_corrects_an_editable_field_and_the_approval_saves_it()
    {
        var recordId = await SubmitAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");

        await page.GotoAsync("/tasks");
        await page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = Company }).ClickAsync();
        await page.Locator(".decision[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=flow-path] g.path-node.current")).ToHaveCountAsync(1);
        var current = await page.Locator("[data-testid=flow-path] g.path-node.current").GetAttributeAsync("data-testid");

        await page.Locator(".decision [data-field=companyName] input").FillAsync(Corrected);
        await page.GetByTestId("approve").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("approved");
        await Assertions.Expect(page.Locator($"[data-testid=flow-path] [data-testid={current}]")).Not.ToHaveAttributeAsync("data-state", "current");
        await using var scope = session.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking().SingleAsync(r => r.Id == recordId);
        Assert.Equal(Corrected, (string?)JsonNode.Parse(stored.DataJson)!["companyName"]);
    }

    private async Task<Guid> SubmitAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "applicant", password = FlowChannelHost.SamplePassword })).ReadJsonAsync();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var response = await api.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(Company));
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return Guid.Parse((string)body["recordId"]!);
    }
}
