using Microsoft.Playwright;
using static FlowChannel.Web.Tests.Browser.ChannelWalks.ChannelWalkSteps;

namespace FlowChannel.Web.Tests.Browser.ChannelWalks;

/// <summary>
/// Fair lead allocation (strategy 3) in the browser: the channel manager enters a lead, the allocation rules give it
/// to the one sample partner serving Shanghai manufacturing, that partner's admin sees it with its acceptance
/// deadline and accepts it inside the SLA from its own lead list, another partner never sees it, and the manager
/// sees it accepted. (Reassignment when the SLA passes needs a moving clock: LeadAllocationFlowTests covers it.)
/// </summary>
public sealed class LeadAllocationWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Customer = "上海临港智能制造升级项目";
    private const string Partner = "华东智联科技有限公司";

    [Fact]
    public async Task An_allocated_lead_is_accepted_by_its_partner_within_the_sla_and_the_manager_sees_it_accepted()
    {
        await WalkAsync(session, "lead-allocation", async page =>
        {
            await BecomeAsync(page, "manager");
            await OpenFormAsync(page, "lead");
            await FillAsync(page, "customerName", Customer);
            await PickAsync(page, "province", "Shanghai");
            await PickAsync(page, "industry", "Manufacturing");
            await FillAsync(page, "estimatedValue", "850000");
            await PickAsync(page, "status", "New");
            await SubmitAsync(page);

            var assigned = await OpenRecordAsync(page, "lead", Customer);
            await Assertions.Expect(assigned.Locator("[data-field=status]")).ToHaveTextAsync("Assigned");
            await Assertions.Expect(assigned.Locator("[data-field=assignedPartner]")).ToContainTextAsync(Partner);
            await Assertions.Expect(assigned.Locator("[data-field=allocationRule]")).ToContainTextAsync("default");
            await Assertions.Expect(assigned.Locator("[data-field=acceptBy]")).Not.ToBeEmptyAsync();

            // Another partner's user does not see the lead at all.
            await BecomeAsync(page, "partner-user");
            await page.GotoAsync("/records/lead");
            await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("0 record(s)");

            // The assigned partner accepts it from its lead list: status is the one field it may change.
            await BecomeAsync(page, "partner-admin");
            await page.GotoAsync("/records/lead");
            await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");
            var row = page.GetByTestId("records").Locator("tbody tr", new LocatorLocatorOptions { HasText = Customer });
            await row.GetByTestId("select-row").CheckAsync();
            await page.GetByTestId("batch-field").SelectOptionAsync("status");
            await page.GetByTestId("batch-value").SelectOptionAsync("accepted");
            await page.GetByTestId("batch-apply").ClickAsync();
            await Assertions.Expect(page.GetByTestId("batch-message")).ToHaveTextAsync("1 record(s) changed.");
            var accepted = await OpenRecordAsync(page, "lead", Customer);
            await Assertions.Expect(accepted.Locator("[data-field=status]")).ToHaveTextAsync("Accepted");

            await BecomeAsync(page, "manager");
            var seen = await OpenRecordAsync(page, "lead", Customer);
            await Assertions.Expect(seen.Locator("[data-field=status]")).ToHaveTextAsync("Accepted");
            await Assertions.Expect(seen.Locator("[data-field=assignedPartner]")).ToContainTextAsync(Partner);
        });
    }
}
