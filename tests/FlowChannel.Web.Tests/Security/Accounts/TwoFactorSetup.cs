using System.Net;
using System.Text.RegularExpressions;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>Turns the authenticator on the way a person does, on the security page, and keeps what they would keep.</summary>
public sealed record TwoFactorSetup(string Key, IReadOnlyList<string> RecoveryCodes)
{
    public const string SetupPage = "/account/security/authenticator";

    public static async Task<TwoFactorSetup> EnableAsync(HttpClient signedIn)
    {
        var setupPage = await BrowserForms.GetPageAsync(signedIn, SetupPage);
        var uri = BrowserForms.TestId(setupPage, "authenticator-uri") ?? throw new InvalidOperationException("No otpauth URI shown:\n" + setupPage);
        var key = Regex.Match(uri, "secret=(?<key>[A-Z2-7]+)").Groups["key"].Value;

        var codesPage = await ConfirmAsync(signedIn, setupPage, Totp.Now(key));
        var codes = Regex.Matches(Regex.Match(codesPage, "data-testid=\"recovery-codes\".*?</ul>", RegexOptions.Singleline).Value, "<li>(?<code>[^<]+)</li>")
            .Select(m => m.Groups["code"].Value).ToList();
        return new TwoFactorSetup(key, codes);
    }

    /// <summary>Types a code into the confirming form of <paramref name="setupPage"/> (the set-up page as last shown).</summary>
    public static async Task<string> ConfirmAsync(HttpClient browser, string setupPage, string code)
    {
        var response = await BrowserForms.SubmitFromAsync(browser, setupPage, SetupPage, "authenticator-confirm",
            new Dictionary<string, string> { ["Confirm.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<string> PostAsync(HttpClient browser, string form, Dictionary<string, string> fields)
    {
        var response = await BrowserForms.SubmitAsync(browser, "/account/security", form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
