namespace FlowChannel.Application.Organisation.Roles;

/// <remarks><c>BuiltIn</c>: One of the platform's own roles (<see cref="Common.RoleNames.All"/>), which cannot be renamed away.</remarks>
/// <remarks><c>Users</c>: How many users hold it, disabled ones included.</remarks>
public sealed record RoleSummary(string Name, bool BuiltIn, int Users);
