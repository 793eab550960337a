namespace FlowChannel.Forms.Permissions;

/// <summary>
/// Which records a permission set reaches. <see cref="Field"/> names the member field for
/// <see cref="DataScopeKind.MemberField"/>.
/// </summary>
public sealed record DataScope(DataScopeKind Kind, string? Field = null)
{
    public static readonly DataScope All = new(DataScopeKind.All);
    public static readonly DataScope CreatedByMe = new(DataScopeKind.CreatedByMe);
}

public enum DataScopeKind
{
    /// <summary>Every record of the form.</summary>
    All,

    /// <summary>Records the user submitted or owns.</summary>
    CreatedByMe,

    /// <summary>Records submitted from the user's department or any department below it.</summary>
    MyDepartment,

    /// <summary>Records of the partner organisation the user belongs to.</summary>
    MyPartner,

    /// <summary>Records of the partners whose owning channel manager the user is.</summary>
    ManagedPartners,

    /// <summary>Records whose member field <see cref="DataScope.Field"/> holds the user.</summary>
    MemberField,
}
