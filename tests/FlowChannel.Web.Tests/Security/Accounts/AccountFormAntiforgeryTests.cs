using System.Net;
using static FlowChannel.Web.Tests.Security.Accounts.BrowserForms;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>The account forms refuse a post without the antiforgery token, so another site cannot post them for a visitor.</summary>
public sealed class AccountFormAntiforgeryTests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    [Theory]
    [InlineData("/account/password-reset/request", "login=applicant")]
    [InlineData("/account/login/two-factor", "code=123456")]
    [InlineData("/account/reset-password?userId=x&token=y", "_handler=reset-password&Input.NewPassword=Brand-New-Secret-42&Input.ConfirmPassword=Brand-New-Secret-42")]
    public async Task Anonymous_account_forms_need_the_token(string path, string body)
    {
        var response = await NewBrowser(fixture.Host).PostAsync(path, Form(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/account/security", "_handler=change-password&Input.CurrentPassword=a&Input.NewPassword=b&Input.ConfirmPassword=b")]
    [InlineData("/account/security", "_handler=authenticator-disable&Disable.CodeOrPassword=x")]
    [InlineData("/account/security/authenticator", "_handler=authenticator-confirm&Confirm.Code=123456")]
    public async Task Signed_in_account_forms_need_the_token(string path, string body)
    {
        var user = await fixture.CreateUserAsync("csrf");
        var browser = NewBrowser(fixture.Host);
        await SignInAsync(browser, user.UserName!, AccountHostFixture.Password);

        var response = await browser.PostAsync(path, Form(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await fixture.ReloadAsync(user.UserName!)).TwoFactorEnabled);
    }

    private static FormUrlEncodedContent Form(string body) =>
        new(body.Split('&').Select(pair => pair.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1])));
}
