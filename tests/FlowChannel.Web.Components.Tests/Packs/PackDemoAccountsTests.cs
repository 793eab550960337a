using FlowChannel.Application.Setup;
using FlowChannel.Web.Components.Pages.Admin;
using FlowChannel.Web.Components.Tests.Forms;

namespace FlowChannel.Web.Components.Tests.Packs;

/// <summary>
/// The demo accounts an install created, as the packs page shows them under its "installed" message: each user with
/// the password to hand out and a note to note it now and have it changed, in English and Chinese; nothing without accounts.
/// </summary>
public sealed class PackDemoAccountsTests : FormTestContext
{
    private static readonly SeededCredential[] Accounts =
    [
        new("manager", "channel-manager", "Xy7!abcdEFGH2345"),
        new("partner-user", "partner", null),
    ];

    [Fact]
    public void Each_account_is_listed_with_its_password_and_the_note_to_change_it()
    {
        var cut = Render<PackDemoAccounts>(p => p.Add(c => c.Accounts, Accounts));

        var manager = cut.Find("[data-testid=demo-account-manager]");
        Assert.Contains("channel-manager", manager.TextContent, StringComparison.Ordinal);
        Assert.Equal("Xy7!abcdEFGH2345", manager.QuerySelector("code")!.TextContent);
        Assert.Contains("FLOWCHANNEL_SAMPLE_PASSWORD", cut.Find("[data-testid=demo-account-partner-user]").TextContent, StringComparison.Ordinal);
        var note = cut.Find("[data-testid=pack-demo-accounts]").TextContent;
        Assert.Contains("shown only this once", note, StringComparison.Ordinal);
        Assert.Contains("change theirs", note, StringComparison.Ordinal);
    }

    [Fact]
    public void In_chinese_the_note_and_headers_are_chinese()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var cut = Render<PackDemoAccounts>(p => p.Add(c => c.Accounts, Accounts));

            var section = cut.Find("[data-testid=pack-demo-accounts]").TextContent;
            Assert.Contains("只显示这一次", section, StringComparison.Ordinal);
            Assert.Contains("用户名", section, StringComparison.Ordinal);
            Assert.Contains("Xy7!abcdEFGH2345", section, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Without_accounts_nothing_is_shown()
    {
        var cut = Render<PackDemoAccounts>(p => p.Add(c => c.Accounts, Array.Empty<SeededCredential>()));

        Assert.Empty(cut.FindAll("[data-testid=pack-demo-accounts]"));
    }
}
