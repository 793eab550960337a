namespace FlowChannel.Web.Identity;

/// <summary>Configuration section <c>FlowChannel:Accounts</c>: password reset and session checks.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "FlowChannel:Accounts";

    /// <summary>
    /// The address people reach the app at (<c>https://flow.example.com</c>), used for links in mails. Without it the
    /// link is built from the request, which is only safe behind a proxy or <c>AllowedHosts</c> that pins the host name:
    /// otherwise a forged Host header could send someone's reset link to another site.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How long a password-reset link works.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Reset requests one client (IP address) may make per <see cref="PasswordResetWindow"/>.</summary>
    public int PasswordResetRequestLimit { get; set; } = 5;

    public TimeSpan PasswordResetWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often a sign-in cookie is checked against the account's security stamp. A password reset or change signs the
    /// account's other browsers out within this time (Identity's default of 30 minutes is too long for that).
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
