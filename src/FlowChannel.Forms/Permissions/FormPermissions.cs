namespace FlowChannel.Forms.Permissions;

/// <summary>
/// The permission sets a form version ships with (its <c>permissions</c> object). <see cref="Declared"/> is false
/// when the schema has none: the platform then applies its defaults. Installing or publishing the form copies the
/// sets into the database, where admins may change them.
/// </summary>
public sealed record FormPermissions(bool Declared, IReadOnlyList<PermissionSetDefinition> Sets)
{
    public static readonly FormPermissions None = new(false, []);
}
