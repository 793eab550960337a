namespace FlowChannel.Application.Organisation.Departments;

/// <summary>One department of the tree, flat: the page and API clients nest them by <see cref="ParentId"/>.</summary>
/// <remarks>
/// <c>Path</c> is the Chinese names from the root, e.g. <c>渠道部/华东区</c> (what imports accept); <c>ActiveUsers</c>
/// counts the enabled users who belong to it directly, who block deactivating it.
/// </remarks>
public sealed record DepartmentNode(
    Guid Id,
    string Name,
    string? NameEn,
    Guid? ParentId,
    string Path,
    string? HeadUserId,
    string? HeadName,
    bool IsActive,
    int SortOrder,
    int ActiveUsers);
