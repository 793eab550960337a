using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Security.Accounts.BrowserForms;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>The authenticator second factor through the real pages and endpoints, with codes computed as an app would.</summary>
public sealed class TwoFactorTests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private const string Password = AccountHostFixture.Password;

    private async Task<(string UserName, TwoFactorSetup Setup)> UserWithAuthenticatorAsync()
    {
        var user = await fixture.CreateUserAsync("totp");
        var browser = NewBrowser(fixture.Host);
        Assert.Equal("/", await SignInAsync(browser, user.UserName!, Password));
        return (user.UserName!, await TwoFactorSetup.EnableAsync(browser));
    }

    [Fact]
    public async Task Setting_up_needs_a_right_code_and_shows_ten_recovery_codes_once()
    {
        var user = await fixture.CreateUserAsync("setup");
        var browser = NewBrowser(fixture.Host);
        await SignInAsync(browser, user.UserName!, Password);
        Assert.Contains("data-enabled=\"false\"", await GetPageAsync(browser, "/account/security"), StringComparison.Ordinal);

        var setupPage = await GetPageAsync(browser, TwoFactorSetup.SetupPage);
        var uri = TestId(setupPage, "authenticator-uri")!;
        Assert.Matches("^otpauth://totp/FlowChannel:[^?]+\\?secret=[A-Z2-7]+&issuer=FlowChannel&digits=6$", uri);
        Assert.Contains("src=\"data:image/png;base64,", setupPage, StringComparison.Ordinal);
        var key = Regex.Match(uri, "secret=(?<key>[A-Z2-7]+)").Groups["key"].Value;

        var refused = await TwoFactorSetup.ConfirmAsync(browser, setupPage, Totp.Wrong(key));
        Assert.NotNull(TestId(refused, "authenticator-error"));
        Assert.False((await fixture.ReloadAsync(user.UserName!)).TwoFactorEnabled);

        // The refusal shows the same key again, with the form to try once more; so does coming back to the page.
        Assert.Equal(uri, TestId(refused, "authenticator-uri"));
        Assert.Equal(uri, TestId(await GetPageAsync(browser, TwoFactorSetup.SetupPage), "authenticator-uri"));
        var accepted = await TwoFactorSetup.ConfirmAsync(browser, refused, Totp.Now(key));
        Assert.Equal(10, Regex.Count(accepted, "<li>[A-Z0-9]{5}-[A-Z0-9]{5}</li>"));
        Assert.True((await fixture.ReloadAsync(user.UserName!)).TwoFactorEnabled);
        // The page renewed this browser's cookie: the new security stamp did not sign the person out here.
        var later = await GetPageAsync(browser, "/account/security");
        Assert.Contains("data-enabled=\"true\"", later, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"recovery-codes\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_asks_for_the_code_refuses_a_wrong_one_and_accepts_the_right_one()
    {
        var (userName, setup) = await UserWithAuthenticatorAsync();
        var browser = NewBrowser(fixture.Host);

        Assert.Equal("/login/two-factor?returnUrl=%2Ftasks", await SignInAsync(browser, userName, Password, "/tasks"));
        Assert.False(await IsSignedInAsync(browser));

        Assert.StartsWith("/login/two-factor?error=invalid", await SecondStepAsync(browser, Totp.Wrong(setup.Key), "/tasks"), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(browser));
        Assert.Equal(1, (await fixture.ReloadAsync(userName)).AccessFailedCount);

        Assert.Equal("/tasks", await SecondStepAsync(browser, Totp.Now(setup.Key), "/tasks"));
        Assert.True(await IsSignedInAsync(browser));
        Assert.Equal(0, (await fixture.ReloadAsync(userName)).AccessFailedCount);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (userName, setup) = await UserWithAuthenticatorAsync();
        var code = setup.RecoveryCodes[3];

        var first = NewBrowser(fixture.Host);
        await SignInAsync(first, userName, Password);
        Assert.Equal("/", await SecondStepAsync(first, code.ToLowerInvariant()));
        Assert.True(await IsSignedInAsync(first));
        Assert.Equal("9", await RecoveryCodesLeftAsync(first));

        var second = NewBrowser(fixture.Host);
        await SignInAsync(second, userName, Password);
        Assert.StartsWith("/login/two-factor?error=invalid", await SecondStepAsync(second, code), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(second));
    }

    [Fact]
    public async Task Wrong_codes_count_toward_lockout()
    {
        var (userName, setup) = await UserWithAuthenticatorAsync();
        var browser = NewBrowser(fixture.Host);
        await SignInAsync(browser, userName, Password);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.StartsWith("/login/two-factor?error=invalid", await SecondStepAsync(browser, Totp.Wrong(setup.Key)), StringComparison.Ordinal);
        }
        Assert.StartsWith("/login?error=locked", await SecondStepAsync(browser, Totp.Wrong(setup.Key)), StringComparison.Ordinal);

        // Locked: even the right code (and the right password) no longer gets in.
        Assert.StartsWith("/login?error=locked", await SecondStepAsync(browser, Totp.Now(setup.Key)), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(browser));
        Assert.StartsWith("/login?error=locked", await SignInAsync(NewBrowser(fixture.Host), userName, Password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_wants_the_code_from_a_two_factor_account()
    {
        var (userName, setup) = await UserWithAuthenticatorAsync();
        var api = fixture.Host.CreateClient();

        var withoutCode = await api.PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        var problem = await withoutCode.ReadJsonAsync();
        Assert.Equal("Authenticator code required.", (string?)problem["title"]);
        Assert.Contains("personal access token", (string?)problem["detail"], StringComparison.Ordinal);

        var wrongCode = await api.PostAsJsonAsync("/api/auth/token", new { userName, password = Password, code = Totp.Wrong(setup.Key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal(1, (await fixture.ReloadAsync(userName)).AccessFailedCount);
        var wrongPasswordRightCode = await api.PostAsJsonAsync("/api/auth/token", new { userName, password = "Not-The-Password-1", code = Totp.Now(setup.Key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPasswordRightCode.StatusCode);

        var rightCode = await api.PostAsJsonAsync("/api/auth/token", new { userName, password = Password, code = Totp.Now(setup.Key) });
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        var bearer = fixture.Host.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)(await rightCode.ReadJsonAsync())["accessToken"]!);

        // Scripts of a two-factor account use personal access tokens, made while signed in; those keep working.
        var made = await bearer.PostAsJsonAsync("/api/tokens", new { name = "nightly export", scope = "read", expiresInDays = 7 });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var script = fixture.Host.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)(await made.ReadJsonAsync())["token"]!);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/records/mine")).StatusCode);
    }

    [Fact]
    public async Task Turning_it_off_needs_a_current_code_or_the_password()
    {
        var user = await fixture.CreateUserAsync("off");
        var browser = NewBrowser(fixture.Host);
        await SignInAsync(browser, user.UserName!, Password);
        var setup = await TwoFactorSetup.EnableAsync(browser);

        var refused = await TwoFactorSetup.PostAsync(browser, "authenticator-disable", new() { ["Disable.CodeOrPassword"] = "Not-The-Password-1" });
        Assert.NotNull(TestId(refused, "authenticator-error"));
        Assert.True((await fixture.ReloadAsync(user.UserName!)).TwoFactorEnabled);

        var done = await TwoFactorSetup.PostAsync(browser, "authenticator-disable", new() { ["Disable.CodeOrPassword"] = Totp.Now(setup.Key) });
        Assert.NotNull(TestId(done, "two-factor-disabled"));
        Assert.False((await fixture.ReloadAsync(user.UserName!)).TwoFactorEnabled);
        Assert.Equal("/", await SignInAsync(NewBrowser(fixture.Host), user.UserName!, Password));
    }

    private static async Task<string> RecoveryCodesLeftAsync(HttpClient browser) =>
        Regex.Match(await GetPageAsync(browser, "/account/security"), "data-count=\"(?<n>\\d+)\"").Groups["n"].Value;
}
