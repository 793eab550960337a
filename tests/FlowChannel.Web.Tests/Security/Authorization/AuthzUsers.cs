namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>The user names the authorization fixture signs in as; the sample users come from the host's seed.</summary>
public static class AuthzUsers
{
    public const string Admin = "admin";
    public const string Manager = "manager";

    /// <summary>Partner A (华东智联): the sample partner admin and a second, plain partner user attached to it here.</summary>
    public const string PartnerAdminA = "partner-admin";
    public const string PartnerUserA = "authz-partner-a";

    /// <summary>Partner B (深圳前海云拓): the sample partner user.</summary>
    public const string PartnerUserB = "partner-user";

    public const string Finance = "authz-finance";
    public const string Designer = "authz-designer";

    /// <summary>Holds the custom role whose set reaches the partners whose profile names them as owner.</summary>
    public const string AccountManager = "authz-account-manager";

    /// <summary>Sales users (custom role, "my department" scope) in the department tree Region → Team → Squad, and Other under Region.</summary>
    public const string SalesRegion = "authz-sales-region";
    public const string SalesTeam = "authz-sales-team";
    public const string SalesSquad = "authz-sales-squad";
    public const string SalesOther = "authz-sales-other";

    public const string SalesRole = "authz-sales";
    public const string AccountManagerRole = "authz-account-manager";

    /// <summary>Partner A's users: every cross-partner test runs as each of them.</summary>
    public static readonly IReadOnlyList<string> OfPartnerA = [PartnerAdminA, PartnerUserA];

    public static readonly IReadOnlyList<string> All =
        [Admin, Manager, PartnerAdminA, PartnerUserA, PartnerUserB, Finance, Designer, AccountManager, SalesRegion, SalesTeam, SalesSquad, SalesOther];
}
