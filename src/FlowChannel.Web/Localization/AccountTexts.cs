namespace FlowChannel.Web.Localization;

/// <summary>
/// The words of the account pages (sign-in's second step, password reset and change, the security page), kept apart
/// from <see cref="UiTexts"/> so that feature's list stays readable. Keys start with <c>account.</c>.
/// </summary>
internal static class AccountTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["account.ForgotPassword"] = ("Forgot password?", "忘记密码？"),
        ["account.LoginExpired"] = ("The sign-in took too long; please enter your password again.", "登录超时，请重新输入密码。"),
        ["account.TwoFactorTitle"] = ("Two-step verification", "两步验证"),
        ["account.TwoFactorIntro"] = ("Enter the 6-digit code from your authenticator app, or one of your recovery codes.", "请输入身份验证器应用中的 6 位验证码，或一个恢复码。"),
        ["account.Code"] = ("Code", "验证码"),
        ["account.CodeInvalid"] = ("Wrong or expired code.", "验证码错误或已过期。"),
        ["account.Verify"] = ("Verify", "验证"),
        ["account.ResetTitle"] = ("Reset your password", "重置密码"),
        ["account.ResetIntro"] = ("Enter your user name or email address. If an account matches, we send it a link to set a new password.", "请输入用户名或邮箱。如有匹配的账号，我们会向其邮箱发送设置新密码的链接。"),
        ["account.UserNameOrEmail"] = ("User name or email", "用户名或邮箱"),
        ["account.SendLink"] = ("Send link", "发送链接"),
        ["account.ResetSent"] = ("If an account matches, a link to reset its password is on its way to its email address. The link works for a limited time.", "如有匹配的账号，重置密码的链接已发送至其邮箱。链接在限定时间内有效。"),
        ["account.BackToSignIn"] = ("Back to sign in", "返回登录"),
        ["account.NewPassword"] = ("New password", "新密码"),
        ["account.ConfirmPassword"] = ("Repeat the new password", "再次输入新密码"),
        ["account.CurrentPassword"] = ("Current password", "当前密码"),
        ["account.SetPassword"] = ("Set password", "设置密码"),
        ["account.ResetDone"] = ("Your password is changed and every other session has been signed out. You can sign in now.", "密码已更改，其他已登录的会话均已退出。现在可以登录了。"),
        ["account.ResetInvalidLink"] = ("This link is invalid, expired or already used. Ask for a new one.", "此链接无效、已过期或已被使用，请重新申请。"),
        ["identity.PasswordsDiffer"] = ("The two new passwords differ.", "两次输入的新密码不一致。"),
        ["account.PasswordRules"] = ("At least 10 characters (4 different), with upper and lower case letters, a digit and a symbol.", "至少 10 个字符（其中至少 4 个不同），须包含大写字母、小写字母、数字和符号。"),
        ["account.Security"] = ("Security", "账号安全"),
        ["account.ChangePassword"] = ("Change password", "修改密码"),
        ["account.PasswordChanged"] = ("Password changed. Your other sessions are signed out.", "密码已修改，其他会话已退出登录。"),
        ["account.WrongPassword"] = ("The current password is wrong.", "当前密码错误。"),
        ["account.Authenticator"] = ("Authenticator app (two-step verification)", "身份验证器（两步验证）"),
        ["account.TwoFactorOff"] = ("Off: signing in needs only your password.", "未开启：登录只需密码。"),
        ["account.TwoFactorOn"] = ("On: signing in also needs a code from your authenticator app.", "已开启：登录时还需输入身份验证器中的验证码。"),
        ["account.SetUpAuthenticator"] = ("Set up an authenticator app", "设置身份验证器"),
        ["account.ScanOrType"] = ("Scan the QR code with your authenticator app (Microsoft or Google Authenticator, FreeOTP …), or type in the key, then enter the code it shows.", "用身份验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP）扫描二维码或手动输入密钥，然后填写应用显示的验证码。"),
        ["account.SharedKey"] = ("Key", "密钥"),
        ["account.AuthenticatorUri"] = ("Setup link", "设置链接"),
        ["account.Enable"] = ("Turn on", "开启"),
        ["account.RecoveryCodesTitle"] = ("Your recovery codes", "您的恢复码"),
        ["account.RecoveryCodesIntro"] = ("Two-step verification is on. Keep these codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.", "两步验证已开启。请妥善保存以下恢复码：手机丢失时，每个恢复码可代替验证码登录一次。恢复码只显示这一次。"),
        ["account.Disable"] = ("Turn off", "关闭"),
        ["account.DisableIntro"] = ("To turn it off, enter a current code from the app or your password.", "如需关闭，请输入应用中的当前验证码或您的密码。"),
        ["account.CodeOrPassword"] = ("Code or password", "验证码或密码"),
        ["account.TwoFactorDisabled"] = ("Two-step verification is off.", "两步验证已关闭。"),
        ["account.RecoveryCodesLeft"] = ("Recovery codes left: {0}", "剩余恢复码：{0} 个"),
        ["account.Locked"] = ("Too many failed attempts; try again in a few minutes.", "失败次数过多，请几分钟后再试。"),
        ["identity.PasswordTooShort"] = ("The password is too short: at least 10 characters.", "密码太短：至少 10 个字符。"),
        ["identity.PasswordRequiresUniqueChars"] = ("The password needs at least 4 different characters.", "密码至少需要 4 个不同的字符。"),
        ["identity.PasswordRequiresNonAlphanumeric"] = ("The password needs a symbol (such as ! or -).", "密码需要包含符号（如 ! 或 -）。"),
        ["identity.PasswordRequiresDigit"] = ("The password needs a digit.", "密码需要包含数字。"),
        ["identity.PasswordRequiresLower"] = ("The password needs a lower-case letter.", "密码需要包含小写字母。"),
        ["identity.PasswordRequiresUpper"] = ("The password needs an upper-case letter.", "密码需要包含大写字母。"),
        ["identity.PasswordMismatch"] = ("The current password is wrong.", "当前密码错误。"),
        ["identity.InvalidToken"] = ("This link is invalid, expired or already used. Ask for a new one.", "此链接无效、已过期或已被使用，请重新申请。"),
    };
}
