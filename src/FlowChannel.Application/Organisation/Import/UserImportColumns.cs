namespace FlowChannel.Application.Organisation.Import;

/// <summary>The columns an import understands, found by header text (any case; English or Chinese).</summary>
public static class UserImportColumns
{
    public const string UserName = "userName";
    public const string DisplayName = "displayName";
    public const string Email = "email";
    public const string Department = "department";
    public const string Roles = "roles";
    public const string Partner = "partner";
    public const string Culture = "culture";

    public static readonly IReadOnlyList<string> All = [UserName, DisplayName, Email, Department, Roles, Partner, Culture];

    public static readonly IReadOnlyList<string> Required = [UserName, DisplayName];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["用户名"] = UserName,
        ["账号"] = UserName,
        ["姓名"] = DisplayName,
        ["显示名"] = DisplayName,
        ["邮箱"] = Email,
        ["部门"] = Department,
        ["角色"] = Roles,
        ["伙伴"] = Partner,
        ["合作伙伴"] = Partner,
        ["语言"] = Culture,
    };

    /// <summary>The column a header names, or null when it names none.</summary>
    public static string? Match(string header)
    {
        var text = header.Trim();
        return All.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) ?? Aliases.GetValueOrDefault(text);
    }
}
