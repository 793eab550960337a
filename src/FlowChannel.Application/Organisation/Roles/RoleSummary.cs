namespace FlowChannel.Application.Organisation.Roles;

/// <summary>
/// A role; <c>BuiltIn</c> marks the platform's own (<see cref="Common.RoleNames.All"/>), <c>Users</c> counts its holders,
/// disabled ones included.
/// </summary>
public sealed record RoleSummary(string Name, bool BuiltIn, int Users);
