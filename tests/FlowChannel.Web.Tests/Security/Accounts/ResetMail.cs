using System.Text.RegularExpressions;
using MimeKit;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>The reset mails in the pickup folder, read as a mail client reads them.</summary>
public static class ResetMail
{
    public static IReadOnlyList<MimeMessage> To(string pickupFolder, string address) =>
        !Directory.Exists(pickupFolder) ? []
        : [.. Directory.GetFiles(pickupFolder, "*.eml").Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The link in the mail, as a path and query on the test host.</summary>
    public static string LinkIn(MimeMessage mail)
    {
        var href = Regex.Match(mail.HtmlBody ?? "", "href=\"(?<link>[^\"]+)\"").Groups["link"].Value;
        var link = new Uri(System.Net.WebUtility.HtmlDecode(href));
        return link.PathAndQuery;
    }
}
