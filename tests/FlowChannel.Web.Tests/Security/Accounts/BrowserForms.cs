using System.Net;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>
/// A browser without a browser: one cookie jar per client, pages fetched as HTML, forms posted with their hidden fields
/// (the antiforgery token, Blazor's form name), so every post passes the same checks as a person's.
/// </summary>
public static partial class BrowserForms
{
    public static HttpClient NewBrowser(FlowChannelHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fetches <paramref name="page"/>, finds the form (by Blazor form name or by action) and posts it with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, string form, IDictionary<string, string> fields) =>
        await SubmitFromAsync(browser, await GetPageAsync(browser, page), page, form, fields);

    /// <summary>Posts a form of a page the browser already has (the answer to an earlier post, say).</summary>
    public static async Task<HttpResponseMessage> SubmitFromAsync(HttpClient browser, string html, string page, string form, IDictionary<string, string> fields)
    {
        var (action, hidden) = FindForm(html, form);
        foreach (var (name, value) in fields)
        {
            hidden[name] = value;
        }
        return await browser.PostAsync(action ?? page, new FormUrlEncodedContent(hidden));
    }

    public static async Task<string> GetPageAsync(HttpClient browser, string page)
    {
        var response = await browser.GetAsync(page);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Signs in with the password only; answers where the sign-in form sent the browser.</summary>
    public static async Task<string> SignInAsync(HttpClient browser, string userName, string password, string returnUrl = "/")
    {
        var response = await SubmitAsync(browser, "/login", "/account/login",
            new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the second step of sign-in; answers where it sent the browser.</summary>
    public static async Task<string> SecondStepAsync(HttpClient browser, string code, string returnUrl = "/")
    {
        var response = await SubmitAsync(browser, "/login/two-factor?returnUrl=" + Uri.EscapeDataString(returnUrl), "/account/login/two-factor",
            new Dictionary<string, string> { ["code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Whether the browser's cookie still signs it in: the home page answers instead of sending it to /login.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient browser) =>
        (await browser.GetAsync("/")).StatusCode == HttpStatusCode.OK;

    public static string? TestId(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<text>[^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;
    }

    private static (string? Action, Dictionary<string, string> Hidden) FindForm(string html, string form)
    {
        foreach (Match match in FormPattern().Matches(html))
        {
            var attributes = match.Groups["attributes"].Value;
            var body = match.Groups["body"].Value;
            var action = Attribute(attributes, "action");
            var hidden = HiddenPattern().Matches(body)
                .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value") ?? ""))
                .Where(f => f.Name is not null)
                .ToDictionary(f => f.Name!, f => f.Value);
            if (action == form || hidden.GetValueOrDefault("_handler") == form)
            {
                return (action, hidden);
            }
        }
        throw new InvalidOperationException($"No form '{form}' on the page:\n{html}");
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"(?<value>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenPattern();
}
