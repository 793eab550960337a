using Microsoft.Playwright;
using static FlowChannel.Web.Tests.Browser.ChannelWalks.ChannelWalkSteps;

namespace FlowChannel.Web.Tests.Browser.ChannelWalks;

/// <summary>
/// Incentives (strategy 2) as its people meet them: the sample partner admin files a rebate claim above the finance
/// threshold, the sample channel manager and a finance user approve it from their inboxes, and the partner finds it
/// approved and entered on its own rebate statement.
/// </summary>
public sealed class RebateClaimWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Partner = "华东智联科技有限公司";

    [Fact]
    public async Task A_partner_claims_a_rebate_the_manager_and_finance_approve_and_the_partner_sees_it_on_its_statement()
    {
        await AddStaffAsync(session, "walk-finance", "finance");
        await WalkAsync(session, "rebate-claim", async page =>
        {
            await BecomeAsync(page, "partner-admin");
            await OpenFormAsync(page, "incentive-claim");
            // The partner admin can only pick its own partner; picking it copies the partner's contact in.
            await PickAsync(page, "partner", Partner, search: "华东");
            await Assertions.Expect(page.Locator("[data-field=contactName] input")).ToHaveValueAsync("王经理");
            await PickAsync(page, "claimType", "Sales rebate");
            await FillAsync(page, "periodStart", "2026-07-01");
            await FillAsync(page, "periodEnd", "2026-09-30");
            await OpenTabAsync(page, "Lines");
            await DesignerSteps.FillAsync(page, "[data-path='lines[0].product'] input", "Q3 返利 · 工业网关");
            await DesignerSteps.FillAsync(page, "[data-path='lines[0].quantity'] input", "2");
            await DesignerSteps.FillAsync(page, "[data-path='lines[0].unitPrice'] input", "30000");
            // 60,000 is above the 50,000 that needs finance and below the 200,000 that needs a director.
            await Assertions.Expect(page.Locator("[data-field=total] [data-testid=formula-value]")).ToContainTextAsync("60,000");
            await OpenTabAsync(page, "Evidence");
            await page.Locator("[data-field=evidence] input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "q3-invoices.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%Q3 invoices\n"u8.ToArray(),
            });
            await Assertions.Expect(page.Locator("[data-field=evidence]")).ToContainTextAsync("q3-invoices.pdf");
            await SubmitAsync(page);
            var mine = page.GetByTestId("submissions").Locator("[data-status]").First;
            await Assertions.Expect(mine).ToHaveAttributeAsync("data-status", "inReview");

            await BecomeAsync(page, "manager");
            await OpenTaskAsync(page, "Incentive claim");
            await Assertions.Expect(page.GetByTestId("record-details")).ToContainTextAsync(Partner);
            await Assertions.Expect(page.Locator("[data-testid=record-details] [data-field=claimType]")).ToHaveTextAsync("Sales rebate");
            await DecideAsync(page, "approve", "对账无误 / checked against the invoices");

            await BecomeAsync(page, "walk-finance", StaffPassword);
            await OpenTaskAsync(page, "Finance review");
            await Assertions.Expect(page.GetByTestId("record-details")).ToContainTextAsync(Partner);
            await Assertions.Expect(page.GetByTestId("record-details")).ToContainTextAsync("q3-invoices.pdf");
            await DecideAsync(page, "approve", "同意结算 / to be settled");

            await BecomeAsync(page, "partner-admin");
            await page.GotoAsync("/submissions");
            await Assertions.Expect(page.GetByTestId("submissions").Locator("[data-status]").First).ToHaveAttributeAsync("data-status", "approved");
            await page.GotoAsync("/");
            await page.GetByTestId("browse-rebate-statement").ClickAsync();
            await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");
            var statement = await OpenRecordAsync(page, "rebate-statement", "2026-M09");
            await Assertions.Expect(statement.Locator("[data-field=partner]")).ToContainTextAsync(Partner);
            await Assertions.Expect(statement.Locator("[data-field=settlement]")).ToContainTextAsync("60,000.00");
            await Assertions.Expect(statement.Locator("[data-field=status]")).ToHaveTextAsync("Pending");
        });
    }

    private static async Task OpenTabAsync(IPage page, string title) =>
        await page.Locator("[data-field=claimTabs] .rz-tabview-nav li", new PageLocatorOptions { HasText = title }).ClickAsync();
}
