using System.Text.RegularExpressions;
using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The whole designers' journey as a business user does it: a new expense form (subform lines, a formula total, a
/// rule) built by drag and drop, published and filled in; then its two-step approval flow built the same way,
/// published, and a submission approved by the first approver so that the second one's task appears.
/// </summary>
public sealed class DesignerJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string FormId = "trip-expense";

    [Fact]
    public async Task Business_user_builds_a_form_and_its_two_step_approval_and_a_submission_passes_both_approvers()
    {
        using (var scope = session.Services.CreateScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<UserSeeder>();
            await seeder.EnsureUserAsync("journey-designer", "journey-designer", RoleNames.Designer, FlowChannelHost.SamplePassword);
            await seeder.EnsureUserAsync("journey-lead", "journey-lead", RoleNames.ChannelManager, FlowChannelHost.SamplePassword);
            await seeder.EnsureUserAsync("journey-finance", "journey-finance", RoleNames.Finance, FlowChannelHost.SamplePassword);
        }
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl, Locale = "en-US", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        try
        {
            await BrowserSession.SignInAsync(page, "journey-designer");
            await BuildFormAsync(page);
            await PublishFormAsync(page);
            await SubmitAsync(page, "Fair in Chengdu");
            await BuildFlowAsync(page);
            await SubmitAsync(page, "Partner visit in Xi'an");
            await ApproveThroughBothStepsAsync(page, "Partner visit in Xi'an");
        }
        catch
        {
            var stem = Path.Combine(AppContext.BaseDirectory, "designer-journey-failure");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            throw;
        }
    }

    private static async Task BuildFormAsync(IPage page)
    {
        await DesignerSteps.CreateFormAsync(page, FormId, "差旅报销", "Trip expense");

        var formEnd = page.Locator(".canvas > .canvas-list > .drop-zone.end");
        await DesignerSteps.DragFieldAsync(page, "text", formEnd, "purpose", "Purpose", "事由");
        await page.GetByTestId("prop-width").SelectOptionAsync("half");
        await Assertions.Expect(page.Locator(".canvas-item.selected").GetByTestId("item-width").First).ToHaveTextAsync("Half a row");
        await DesignerSteps.DragFieldAsync(page, "subform", formEnd, "lines", "Lines", "明细");
        // A row field goes into the subform by dropping it on the subform's own drop zone.
        var linesEnd = page.Locator(".canvas-list[data-list='/fields/1/fields'] > .drop-zone.end");
        await DesignerSteps.DragFieldAsync(page, "number", linesEnd, "cost", "Cost", "金额");
        await Assertions.Expect(page.Locator(".canvas-item.selected")).ToHaveAttributeAsync("data-item", "/fields/1/fields/1");
        await DesignerSteps.DragFieldAsync(page, "formula", formEnd, "total", "Total", "合计");
        var formula = page.GetByTestId("formula-field-text");
        await formula.FillAsync("SUM(lines.cost)");
        await formula.BlurAsync();
        await Assertions.Expect(page.GetByTestId("formula-field").GetByTestId("formula-result")).ToBeVisibleAsync();
        await DesignerSteps.DragFieldAsync(page, "textarea", formEnd, "reason", "Reason", "理由");

        // The rule: when the total is over 1000, the reason is required.
        await page.GetByTestId("tab-rules").ClickAsync();
        await page.GetByTestId("add-rule").ClickAsync();
        var rule = page.GetByTestId("rule-form");
        await rule.GetByTestId("condition-field").SelectOptionAsync("total");
        await rule.GetByTestId("condition-operator").SelectOptionAsync("Greater");
        await rule.GetByTestId("condition-value").FillAsync("1000");
        await rule.GetByTestId("condition-value").BlurAsync();
        await page.GetByTestId("rule-action").SelectOptionAsync("Require");
        await page.GetByTestId("rule-targets").Locator("input[value=reason]").CheckAsync();
        await page.GetByTestId("rule-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule")).ToHaveCountAsync(1);

        await page.GetByTestId("tab-design").ClickAsync();
        await DesignerSteps.SaveScreenshotAsync(page, "form-designer-journey.png");
    }

    private static async Task PublishFormAsync(IPage page)
    {
        await page.GetByTestId("tab-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-problems")).ToBeVisibleAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-message")).ToHaveTextAsync("Published version 1.");
    }

    /// <summary>Fills the published form in: two lines over 1000 make the reason required, then it is given.</summary>
    private static async Task SubmitAsync(IPage page, string purpose)
    {
        await page.GotoAsync($"/forms/{FormId}");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator(".form-slot[data-width=half] > [data-field=purpose]")).ToHaveCountAsync(1);
        await DesignerSteps.FillAsync(page, "[data-field=purpose] input", purpose);
        if (await page.Locator("[data-path='lines[0].cost']").CountAsync() == 0)
        {
            await page.Locator("[data-field=lines] [data-testid=add-row]").ClickAsync();
        }
        await DesignerSteps.FillAsync(page, "[data-path='lines[0].cost'] input", "800");
        await page.Locator("[data-field=lines] [data-testid=add-row]").ClickAsync();
        await DesignerSteps.FillAsync(page, "[data-path='lines[1].cost'] input", "450");
        await Assertions.Expect(page.Locator("[data-field=total] [data-testid=formula-value]")).ToContainTextAsync("1250");
        await Assertions.Expect(page.Locator("[data-field=reason]").GetByTestId("required-mark")).ToBeVisibleAsync();
        await DesignerSteps.FillAsync(page, "[data-field=reason] textarea", "Two partner meetings");
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/submissions\\?submitted=1$"));
    }

    private static async Task BuildFlowAsync(IPage page)
    {
        await DesignerSteps.OpenAsync(page, FormId);
        await page.GetByTestId("create-approval-flow").ClickAsync();
        await page.WaitForURLAsync($"**/designer/flows/{FormId}-approval?**");
        await page.Locator(".flow-designer[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("node-formSubmitted1")).ToBeVisibleAsync();

        var canvas = page.GetByTestId("flow-canvas");
        await FlowSteps.DropAsync(page, "FlowChannel.Approval", canvas, 330, 120);
        await FlowSteps.DropAsync(page, "FlowChannel.Approval", canvas, 120, 300);
        await FlowSteps.DropAsync(page, "Elsa.End", canvas, 330, 440);
        await FlowSteps.ConnectAsync(page, "formSubmitted1", "Done", "approval1");
        await FlowSteps.ConnectAsync(page, "approval1", "Approved", "approval2");
        await FlowSteps.ConnectAsync(page, "approval2", "Approved", "end1");
        await FlowSteps.ConfigureApprovalAsync(page, "approval1", "Lead check", "journey-lead");
        await FlowSteps.ConfigureApprovalAsync(page, "approval2", "Finance check", "journey-finance");
        await DesignerSteps.SaveScreenshotAsync(page, "flow-designer-journey.png");

        await Assertions.Expect(page.GetByTestId("flow-clean")).ToBeVisibleAsync();
        await page.GetByTestId("publish-flow").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-message")).ToHaveTextAsync("Version 1 published.");
    }

    private static async Task ApproveThroughBothStepsAsync(IPage page, string purpose)
    {
        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "journey-lead");
        await page.GotoAsync("/tasks");
        var leadTask = page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = "Lead check" });
        await Assertions.Expect(leadTask).ToHaveCountAsync(1);
        await leadTask.ClickAsync();
        await page.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(purpose);
        await page.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("approved");

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "journey-finance");
        await page.GotoAsync("/tasks");
        await Assertions.Expect(page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = "Finance check" })).ToHaveCountAsync(1);
    }
}
