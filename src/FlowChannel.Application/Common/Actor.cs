namespace FlowChannel.Application.Common;

/// <summary>Who is asking: every request carries it so handlers can check object-level access.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsAdmin => Roles.Contains(RoleNames.Admin);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Channel managers and admins see every partner's data; everyone else only their own.</summary>
    public bool SeesAllPartners => IsAdmin || Roles.Contains(RoleNames.ChannelManager);

    /// <summary>Form designers and admins edit form drafts and publish new versions.</summary>
    public bool DesignsForms => IsAdmin || Roles.Contains(RoleNames.Designer);
}

public static class RoleNames
{
    public const string Admin = "admin";
    public const string ChannelManager = "channel-manager";
    public const string Partner = "partner";
    public const string Designer = "designer";

    public static readonly IReadOnlyList<string> All = [Admin, ChannelManager, Partner, Designer];
}
