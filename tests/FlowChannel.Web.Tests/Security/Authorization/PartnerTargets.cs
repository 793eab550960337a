namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// Theory rows name the attacked objects by placeholder (<c>{claim}</c>, <c>{profile}</c>…) because their ids exist only
/// once the fixture ran; this fills them in for the victim partner "A" or "B".
/// </summary>
internal static class PartnerTargets
{
    public const string CompanyOfA = "华东智联科技有限公司";
    public const string CompanyOfB = "深圳前海云拓信息技术有限公司";
    public const string CreditCodeOfB = "91440300MA5DC7XY3K";

    public static string Resolve(this AuthorizationFixture f, string template, string victim = "B") =>
        template
            .Replace("{claim}", (victim == "A" ? f.ClaimOfA : f.ClaimOfB).ToString(), StringComparison.Ordinal)
            .Replace("{profile}", (victim == "A" ? f.PartnerA : f.PartnerB).ToString(), StringComparison.Ordinal)
            .Replace("{deal}", (victim == "A" ? f.DealOfA : f.DealOfB).ToString(), StringComparison.Ordinal)
            .Replace("{evidence}", victim == "A" ? f.EvidenceOfA : f.EvidenceOfB, StringComparison.Ordinal)
            .Replace("{contract}", victim == "A" ? f.ContractOfA : f.ContractOfB, StringComparison.Ordinal)
            .Replace("{application}", f.ApplicationOfB.ToString(), StringComparison.Ordinal)
            .Replace("{instance}", f.InstanceOfB, StringComparison.Ordinal)
            .Replace("{task}", f.TaskOfB.ToString(), StringComparison.Ordinal)
            .Replace("{draft}", f.DraftOfB.ToString(), StringComparison.Ordinal);

    /// <summary>Text that must never reach a user of the other partner: the victim's ids, company name, users and secret.</summary>
    public static IReadOnlyList<string> LeaksOf(this AuthorizationFixture f, string victim) => victim == "A"
        ? [f.ClaimOfA.ToString(), f.PartnerA.ToString(), f.DealOfA.ToString(), f.EvidenceOfA, f.ContractOfA, CompanyOfA,
            AuthorizationFixture.SecretOfA, f.UserId(AuthzUsers.PartnerAdminA), f.UserId(AuthzUsers.PartnerUserA)]
        : [f.ClaimOfB.ToString(), f.PartnerB.ToString(), f.DealOfB.ToString(), f.EvidenceOfB, f.ContractOfB, CompanyOfB,
            AuthorizationFixture.SecretOfB, f.ApplicationOfB.ToString(), f.InstanceOfB, f.TaskOfB.ToString(), f.DraftOfB.ToString(),
            f.UserId(AuthzUsers.PartnerUserB)];

    public static void AssertNoLeak(this AuthorizationFixture f, string victim, string body, string where)
    {
        foreach (var leak in f.LeaksOf(victim))
        {
            Assert.False(body.Contains(leak, StringComparison.OrdinalIgnoreCase), $"{where} shows partner {victim}'s \"{leak}\":\n{body}");
        }
    }
}
