using System.Net;
using static FlowChannel.Web.Tests.Security.Accounts.BrowserForms;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>An app whose reset links live one second and which takes three reset requests per client and window.</summary>
public sealed class ShortLivedResetFixture : AccountHostFixture
{
    public const int RequestLimit = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowChannel:Accounts:PasswordResetLifetime"] = "00:00:01",
        ["FlowChannel:Accounts:PasswordResetRequestLimit"] = RequestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlowChannel:Accounts:PasswordResetWindow"] = "01:00:00",
        ["FlowChannel:Scheduler:Enabled"] = "false",
    };
}

// One test at a time in this class: the request limit is shared by every request of the test host (one client address).
public sealed class ShortLivedResetTests(ShortLivedResetFixture fixture) : IClassFixture<ShortLivedResetFixture>
{
    [Fact]
    public async Task An_expired_link_is_refused_and_reset_requests_are_rate_limited()
    {
        var user = await fixture.CreateUserAsync("expired");
        var first = await RequestAsync(user.UserName!);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await fixture.DeliverMailAsync();
        var link = ResetMail.LinkIn(Assert.Single(ResetMail.To(fixture.PickupFolder, user.Email!)));

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var expired = await SubmitAsync(NewBrowser(fixture.Host), link, "reset-password",
            new Dictionary<string, string> { ["Input.NewPassword"] = "Brand-New-Secret-42", ["Input.ConfirmPassword"] = "Brand-New-Secret-42" });
        Assert.Contains("data-code=\"InvalidToken\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        for (var i = 1; i < ShortLivedResetFixture.RequestLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await RequestAsync(user.UserName!)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RequestAsync(user.UserName!)).StatusCode);
        // The refused request sent nothing: one mail per allowed request.
        await fixture.DeliverMailAsync();
        Assert.Equal(ShortLivedResetFixture.RequestLimit, ResetMail.To(fixture.PickupFolder, user.Email!).Count);
    }

    private Task<HttpResponseMessage> RequestAsync(string login) =>
        SubmitAsync(NewBrowser(fixture.Host), "/account/forgot-password", "/account/password-reset/request",
            new Dictionary<string, string> { ["login"] = login });
}
