using Microsoft.Playwright;
using static FlowChannel.Web.Tests.Browser.ChannelWalks.ChannelWalkSteps;

namespace FlowChannel.Web.Tests.Browser.ChannelWalks;

/// <summary>
/// Risk management (strategy 3) in the browser: the channel manager raises a risk warning it owns, sends it on to a
/// director, the director takes the proposed action (probation), and the manager's closing review closes it; each
/// person sees the warning's figures and where it stands.
/// </summary>
public sealed class RiskWarningWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Partner = "成都天府商贸有限公司";

    [Fact]
    public async Task A_risk_warning_is_raised_escalated_to_a_director_acted_on_and_closed()
    {
        await AddStaffAsync(session, "walk-director", "channel-director");
        await WalkAsync(session, "risk-warning", async page =>
        {
            await BecomeAsync(page, "manager");
            await OpenFormAsync(page, "risk-warning");
            await PickAsync(page, "partner", Partner, search: "成都");
            await PickAsync(page, "riskType", "Overdue receivables");
            await PickAsync(page, "severity", "High");
            await FillAsync(page, "indicator", "逾期 90 天以上应收 320,000");
            await PickAsync(page, "owner", "Channel Manager", search: "Channel");
            await PickAsync(page, "status", "Open");
            await PickAsync(page, "action", "Probation");
            await SubmitAsync(page);

            // The owner cannot settle it alone and hands it to a director.
            await OpenTaskAsync(page, Partner);
            await Assertions.Expect(page.GetByTestId("record-details")).ToContainTextAsync("逾期 90 天以上应收 320,000");
            await DecideAsync(page, "reject", "需总监决定处置 / needs a director");
            var escalated = await OpenRecordAsync(page, "risk-warning", Partner);
            await Assertions.Expect(escalated.Locator("[data-field=status]")).ToHaveTextAsync("Escalated");

            await BecomeAsync(page, "walk-director", StaffPassword);
            await OpenTaskAsync(page, "Escalated risk warning");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("probation");
            await DecideAsync(page, "approve", "转入观察期 / on probation");

            await BecomeAsync(page, "manager");
            await page.GotoAsync("/partners");
            await Assertions.Expect(page.Locator("tr", new PageLocatorOptions { HasText = Partner })).ToContainTextAsync("Probation");
            await OpenTaskAsync(page, "Closing review");
            await DecideAsync(page, "approve", "已签署整改计划 / remediation plan signed");
            var closed = await OpenRecordAsync(page, "risk-warning", Partner);
            await Assertions.Expect(closed.Locator("[data-field=status]")).ToHaveTextAsync("Closed");
        });
    }
}
