using System.Text.RegularExpressions;

namespace FlowChannel.Forms.Validation;

/// <summary>Email and phone formats. ASCII digits only: <c>\d</c> would also admit Arabic-Indic and full-width digits.</summary>
internal static partial class ContactFormats
{
    private const int MaxEmailLength = 254;

    internal static bool IsEmail(string text) => text.Length <= MaxEmailLength && Email().IsMatch(text);

    internal static bool IsPhone(string text) => ChineseMobile().IsMatch(text) || International().IsMatch(text);

    // The browser's own <input type="email"> rule (WHATWG), plus a dot in the domain: "a@b" is not a deliverable address.
    [GeneratedRegex(@"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$")]
    private static partial Regex Email();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex ChineseMobile();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{5,19}$")]
    private static partial Regex International();
}
