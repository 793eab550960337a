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

/// <summary>The platform's built-in roles; packs add their own and name them in their permission sets.</summary>
public static class RoleNames
{
    public const string Admin = "admin";
    public const string Designer = "designer";
    public const string ChannelDirector = "channel-director";
    public const string ChannelManager = "channel-manager";
    public const string Finance = "finance";

    /// <summary>A partner organisation's administrator: sees and manages their partner's records.</summary>
    public const string PartnerAdmin = "partner-admin";

    /// <summary>A partner organisation's user.</summary>
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Admin, Designer, ChannelDirector, ChannelManager, Finance, PartnerAdmin, Partner];
}
