using System.Net;
using System.Net.Http.Json;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Security.Accounts.BrowserForms;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>"Forgot password" end to end: the form, the mail in the pickup folder, the link, the new password.</summary>
public sealed class PasswordResetTests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private const string NewPassword = "Brand-New-Secret-42";

    private async Task<HttpResponseMessage> RequestAsync(string login) =>
        await SubmitAsync(NewBrowser(fixture.Host), "/account/forgot-password", "/account/password-reset/request",
            new Dictionary<string, string> { ["login"] = login });

    private async Task<string> MailedLinkAsync(FlowChannelUser user)
    {
        await RequestAsync(user.Email!);
        await fixture.DeliverMailAsync();
        return ResetMail.LinkIn(Assert.Single(ResetMail.To(fixture.PickupFolder, user.Email!)));
    }

    private Task<HttpResponseMessage> SetPasswordAsync(string link, string password, string? confirm = null) =>
        SubmitAsync(NewBrowser(fixture.Host), link, "reset-password",
            new Dictionary<string, string> { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = confirm ?? password });

    [Fact]
    public async Task Known_and_unknown_accounts_get_the_same_answer_and_only_the_known_one_a_mail()
    {
        var user = await fixture.CreateUserAsync("known");

        var known = await RequestAsync(user.UserName!);
        var unknown = await RequestAsync("nobody-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal("/account/forgot-password?sent=true", known.Headers.Location!.OriginalString);

        await fixture.DeliverMailAsync();
        var mail = Assert.Single(ResetMail.To(fixture.PickupFolder, user.Email!));
        Assert.Equal("FlowChannel: reset your password", mail.Subject);
        Assert.StartsWith("/account/reset-password?userId=", ResetMail.LinkIn(mail), StringComparison.Ordinal);
        Assert.Contains("2 hours", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mail_is_in_the_account_holders_language()
    {
        var user = await fixture.CreateUserAsync("zh", culture: "zh-CN");

        await RequestAsync(user.UserName!);
        await fixture.DeliverMailAsync();

        var mail = Assert.Single(ResetMail.To(fixture.PickupFolder, user.Email!));
        Assert.Equal("FlowChannel：重置密码", mail.Subject);
        Assert.Contains("2 小时内", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_the_policy_applies_and_old_sessions_and_password_stop_working()
    {
        var user = await fixture.CreateUserAsync("reset");
        var oldSession = NewBrowser(fixture.Host);
        await SignInAsync(oldSession, user.UserName!, AccountHostFixture.Password);
        Assert.True(await IsSignedInAsync(oldSession));
        var link = await MailedLinkAsync(user);

        var weak = await SetPasswordAsync(link, "short1!A");
        Assert.Contains("data-code=\"PasswordTooShort\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var differing = await SetPasswordAsync(link, NewPassword, NewPassword + "x");
        Assert.Contains("data-code=\"PasswordsDiffer\"", await differing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Refusals leave the link usable.
        var done = await SetPasswordAsync(link, NewPassword);
        Assert.NotNull(TestId(await done.Content.ReadAsStringAsync(), "reset-done"));

        var again = await SetPasswordAsync(link, "Another-New-Secret-43");
        Assert.Contains("data-code=\"InvalidToken\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.False(await IsSignedInAsync(oldSession));
        var api = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = AccountHostFixture.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = NewPassword })).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_or_someone_elses_token_is_refused()
    {
        var victim = await fixture.CreateUserAsync("victim");
        var attacker = await fixture.CreateUserAsync("attacker");
        var attackersLink = await MailedLinkAsync(attacker);
        var attackersToken = attackersLink[(attackersLink.IndexOf("&token=", StringComparison.Ordinal) + 7)..];

        var forged = await SetPasswordAsync($"/account/reset-password?userId={victim.Id}&token=CfDJ8forged", NewPassword);
        var borrowed = await SetPasswordAsync($"/account/reset-password?userId={victim.Id}&token={attackersToken}", NewPassword);

        Assert.Contains("data-code=\"InvalidToken\"", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-code=\"InvalidToken\"", await borrowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await SignInAsync(NewBrowser(fixture.Host), victim.UserName!, AccountHostFixture.Password));
    }

    [Fact]
    public async Task A_signed_in_user_changes_their_password_and_their_other_sessions_end()
    {
        var user = await fixture.CreateUserAsync("change");
        var here = NewBrowser(fixture.Host);
        var elsewhere = NewBrowser(fixture.Host);
        await SignInAsync(here, user.UserName!, AccountHostFixture.Password);
        await SignInAsync(elsewhere, user.UserName!, AccountHostFixture.Password);
        var script = await ApiClient.SignInAsync(fixture.Host, user.UserName!, AccountHostFixture.Password);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/records/mine")).StatusCode);

        var wrongCurrent = await ChangeAsync(here, "Not-The-Password-1", NewPassword);
        Assert.Contains("data-code=\"PasswordMismatch\"", wrongCurrent, StringComparison.Ordinal);
        var weak = await ChangeAsync(here, AccountHostFixture.Password, "alllowercase1!");
        Assert.Contains("data-code=\"PasswordRequiresUpper\"", weak, StringComparison.Ordinal);
        Assert.True(await IsSignedInAsync(elsewhere));

        var changed = await ChangeAsync(here, AccountHostFixture.Password, NewPassword);
        Assert.NotNull(TestId(changed, "password-changed"));
        Assert.True(await IsSignedInAsync(here));
        Assert.False(await IsSignedInAsync(elsewhere));
        // A bearer token issued before the change is a session too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/records/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await ApiClient.SignInAsync(fixture.Host, user.UserName!, NewPassword)).GetAsync("/api/records/mine")).StatusCode);
        Assert.StartsWith("/login?error=invalid", await SignInAsync(NewBrowser(fixture.Host), user.UserName!, AccountHostFixture.Password), StringComparison.Ordinal);
        Assert.Equal("/", await SignInAsync(NewBrowser(fixture.Host), user.UserName!, NewPassword));
    }

    private static async Task<string> ChangeAsync(HttpClient browser, string current, string next)
    {
        var response = await SubmitAsync(browser, "/account/security", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
