namespace FlowChannel.Application.Organisation.Users;

/// <summary>A user as the admin pages and <c>/api/admin/users</c> show them.</summary>
public sealed record UserSummary(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? Culture,
    Guid? DepartmentId,
    string? DepartmentPath,
    Guid? PartnerId,
    string? PartnerName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    DateTime CreatedAt);

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Total, int Page, int PageSize);
