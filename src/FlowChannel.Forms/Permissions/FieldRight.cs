namespace FlowChannel.Forms.Permissions;

/// <summary>How much of one field a permission set shows. Ordered: a user's sets combine by taking the most.</summary>
public enum FieldRight
{
    Hidden = 0,
    Read = 1,
    Edit = 2,
}
