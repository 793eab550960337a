namespace FlowChannel.Application.Organisation.Users;

/// <summary>What an admin sets on a user, whether in the dialog, through the API or from one row of an import.</summary>
/// <remarks>
/// <c>Culture</c> is "zh-CN", "en", or null to follow the browser; a partner's user needs the <c>partner</c> or
/// <c>partner-admin</c> role among <c>Roles</c>.
/// </remarks>
public sealed record UserFields(
    string? UserName,
    string? DisplayName,
    string? Email,
    string? Culture,
    Guid? DepartmentId,
    Guid? PartnerId,
    IReadOnlyList<string>? Roles);
