namespace FlowChannel.Web.Identity.TwoFactor;

/// <summary>What people type into a code box: spaces and dashes that authenticator apps show between digit groups.</summary>
public static class AuthenticatorCode
{
    public static string Normalize(string? code) =>
        (code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A 6-digit code from the app (recovery codes are longer and have letters).</summary>
    public static bool LooksLikeTotp(string normalized) =>
        normalized.Replace("-", "", StringComparison.Ordinal) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public static string Digits(string normalized) => normalized.Replace("-", "", StringComparison.Ordinal);
}
