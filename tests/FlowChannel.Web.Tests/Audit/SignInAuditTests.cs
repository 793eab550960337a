using System.Net;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Audit;

/// <summary>Failed sign-ins are recorded although the sign-in itself fails; a password never is.</summary>
public sealed partial class SignInAuditTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string WrongPassword = "Wrong-Password-Typed-9";

    [Fact]
    public async Task Failed_token_and_browser_sign_ins_and_the_lockout_appear_in_the_log()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var applicantId = await AuditLogClient.UserIdAsync(fixture.Host, "applicant");
        var anonymous = fixture.Host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await AuditLogClient.TokenSignInAsync(anonymous, "applicant", WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuditLogClient.TokenSignInAsync(anonymous, "nobody-here", WrongPassword)).StatusCode);
        Assert.Contains("error=invalid", await BrowserSignInAsync("applicant", WrongPassword), StringComparison.Ordinal);

        var failed = await AuditLogClient.EntriesAsync(admin, $"userId={applicantId}&action=token.failed");
        Assert.Single(failed);
        Assert.Equal("User", (string)failed[0]!["objectType"]!);
        Assert.Single(await AuditLogClient.EntriesAsync(admin, $"userId={applicantId}&action=login.failed"));
        var unknown = Assert.Single(await AuditLogClient.EntriesAsync(admin, "action=token.failed"), e => e!["userId"] is null);
        Assert.StartsWith("unknown user name", (string)unknown!["detail"]!, StringComparison.Ordinal);

        // Three more failures make five: the account locks, and the next attempt says so.
        for (var i = 0; i < 3; i++)
        {
            await AuditLogClient.TokenSignInAsync(anonymous, "applicant", WrongPassword);
        }
        await AuditLogClient.TokenSignInAsync(anonymous, "applicant", FlowChannelHost.SamplePassword);
        Assert.NotEmpty(await AuditLogClient.EntriesAsync(admin, $"userId={applicantId}&action=token.locked-out"));

        var all = (await AuditLogClient.EntriesAsync(admin)).ToJsonString();
        Assert.DoesNotContain(WrongPassword, all, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody-here", all, StringComparison.Ordinal);
        Assert.True((bool)(await AuditLogClient.VerifyAsync(admin))["intact"]!);
    }

    /// <summary>Posts the sign-in form the way a browser does, antiforgery token included; returns where it redirects.</summary>
    private async Task<string> BrowserSignInAsync(string userName, string password)
    {
        var browser = fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();
}
