using System.Globalization;
using System.Net;

namespace FlowChannel.Application.Identity.PasswordReset;

/// <summary>The reset mail in the account's language (Simplified Chinese or English). Values are HTML-encoded.</summary>
public static class PasswordResetEmail
{
    public sealed record Mail(string Subject, string HtmlBody);

    public static Mail Compose(string? culture, string displayName, string userName, string link, TimeSpan lifetime)
    {
        var name = WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(displayName) ? userName : displayName);
        var account = WebUtility.HtmlEncode(userName);
        var href = WebUtility.HtmlEncode(link);
        var hours = lifetime.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);
        return culture is { Length: > 0 } && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? new Mail("FlowChannel：重置密码",
                $"<p>{name}，您好：</p>\n<p>我们收到了为账号 <b>{account}</b> 重置密码的请求。请在 {hours} 小时内打开以下链接设置新密码（链接仅能使用一次）：</p>\n"
                + $"<p><a href=\"{href}\">{href}</a></p>\n<p>如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。</p>")
            : new Mail("FlowChannel: reset your password",
                $"<p>Hello {name},</p>\n<p>Someone asked to reset the password of the account <b>{account}</b>. Open this link within {hours} hours to set a new one (it works once):</p>\n"
                + $"<p><a href=\"{href}\">{href}</a></p>\n<p>If this was not you, ignore this mail: your password stays as it is.</p>");
    }
}
