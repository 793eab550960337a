namespace FlowChannel.Application.Permissions;

/// <summary>
/// Where a user stands in the organisation, read fresh per request so that moving a user takes effect at once.
/// <see cref="DepartmentTree"/> is the user's department and every department below it.
/// </summary>
public sealed record OrganisationPosition(string UserId, Guid? DepartmentId, IReadOnlyList<Guid> DepartmentTree, Guid? PartnerId);
