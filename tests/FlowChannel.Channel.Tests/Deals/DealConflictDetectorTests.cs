using FlowChannel.Channel.Deals;

namespace FlowChannel.Channel.Tests.Deals;

public sealed class DealConflictDetectorTests
{
    private const string TencentCode = "91440300708461136T";
    private const string HuaweiCode = "914403001922038216";
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static DealRegistration New(string name = "腾讯科技有限公司", string? code = null, string partner = "P-NEW") =>
        new("R-NEW", partner, name, code, Today);

    private static DealRegistration Earlier(
        string id, string partner, string name, string? code = null, int daysAgo = 10, RegistrationStatus status = RegistrationStatus.Approved) =>
        new(id, partner, name, code, Today.AddDays(-daysAgo), status);

    [Fact]
    public void Another_partner_with_the_same_credit_code_is_a_conflict_by_code()
    {
        var check = DealConflictDetector.Check(New("Tencent", TencentCode), [Earlier("R1", "P-A", "深圳市腾讯计算机系统有限公司", TencentCode)], 90);

        var conflict = Assert.Single(check.Conflicts);
        Assert.Equal(("R1", "P-A", MatchBasis.CreditCode, 10), (conflict.RegistrationId, conflict.PartnerId, conflict.Basis, conflict.DaysApart));
        Assert.True(check.HasConflict);
        Assert.Empty(check.Duplicates);
    }

    [Fact]
    public void Another_partner_with_the_same_normalised_name_is_a_conflict_by_name()
    {
        var check = DealConflictDetector.Check(New("腾讯科技 有限公司"), [Earlier("R1", "P-A", "腾讯科技（集团）")], 90);

        Assert.Equal(MatchBasis.Name, Assert.Single(check.Conflicts).Basis);
        Assert.Equal("腾讯科技", check.NormalizedName);
        Assert.Null(check.CreditCode);
    }

    [Fact]
    public void Same_code_and_same_name_say_both()
    {
        var check = DealConflictDetector.Check(New(code: TencentCode), [Earlier("R1", "P-A", "腾讯科技", TencentCode.ToLowerInvariant())], 90);

        Assert.Equal(MatchBasis.CreditCodeAndName, Assert.Single(check.Conflicts).Basis);
    }

    [Fact]
    public void Different_codes_with_the_same_name_still_conflict_by_name_for_the_manager_to_judge() =>
        Assert.Equal(
            MatchBasis.Name,
            Assert.Single(DealConflictDetector.Check(New(code: TencentCode), [Earlier("R1", "P-A", "腾讯科技", HuaweiCode)], 90).Conflicts).Basis);

    [Theory]
    [InlineData(90, 90, true)]
    [InlineData(91, 90, false)]
    [InlineData(-90, 90, true)]
    [InlineData(0, 0, true)]
    [InlineData(1, 0, false)]
    public void The_protection_window_counts_days_inclusively(int daysAgo, int window, bool conflicts)
    {
        var check = DealConflictDetector.Check(New(), [Earlier("R1", "P-A", "腾讯科技", daysAgo: daysAgo)], window);

        Assert.Equal(conflicts, check.HasConflict);
    }

    [Theory]
    [InlineData(RegistrationStatus.Rejected, false)]
    [InlineData(RegistrationStatus.Expired, false)]
    [InlineData(RegistrationStatus.Lost, false)]
    [InlineData(RegistrationStatus.Pending, true)]
    [InlineData(RegistrationStatus.Approved, true)]
    [InlineData(RegistrationStatus.Won, true)]
    public void Only_active_registrations_protect_a_customer(RegistrationStatus status, bool conflicts) =>
        Assert.Equal(conflicts, DealConflictDetector.Check(New(), [Earlier("R1", "P-A", "腾讯科技", status: status)], 90).HasConflict);

    [Fact]
    public void The_same_partner_registering_again_is_a_duplicate_not_a_conflict()
    {
        var check = DealConflictDetector.Check(New(partner: "P-A"), [Earlier("R1", "P-A", "腾讯科技")], 90);

        Assert.False(check.HasConflict);
        Assert.True(check.IsDuplicate);
        Assert.Equal("R1", Assert.Single(check.Duplicates).RegistrationId);
    }

    [Fact]
    public void An_invalid_code_is_reported_and_matches_only_by_name()
    {
        const string typo = "91440300708461136X";
        DealRegistration[] existing = [Earlier("R1", "P-A", "Other Name", typo), Earlier("R2", "P-B", "腾讯科技")];

        var check = DealConflictDetector.Check(New(code: typo), existing, 90);

        Assert.True(check.HasInvalidCreditCode);
        Assert.Equal(CreditCodeProblem.CheckCharacterMismatch, check.CreditCode!.Problem);
        Assert.Equal("R2", Assert.Single(check.Conflicts).RegistrationId);
    }

    [Fact]
    public void Conflicts_are_listed_oldest_first_and_the_registration_itself_is_skipped()
    {
        DealRegistration[] existing =
        [
            Earlier("R3", "P-C", "腾讯科技", daysAgo: 2),
            New(),
            Earlier("R1", "P-A", "腾讯科技股份有限公司", daysAgo: 30),
            Earlier("R2", "P-B", "Huawei", HuaweiCode),
        ];

        var check = DealConflictDetector.Check(New(), existing, 90);

        Assert.Equal(["R1", "R3"], check.Conflicts.Select(c => c.RegistrationId));
    }

    [Fact]
    public void No_earlier_registrations_means_no_conflict()
    {
        var check = DealConflictDetector.Check(New(code: HuaweiCode), [], 90);

        Assert.False(check.HasConflict);
        Assert.True(check.CreditCode!.IsValid);
    }

    [Fact]
    public void A_blank_name_never_matches_by_name() =>
        Assert.False(DealConflictDetector.Check(New(" "), [Earlier("R1", "P-A", "")], 90).HasConflict);

    [Fact]
    public void A_negative_protection_window_is_refused() =>
        Assert.Equal("protectionWindowDays", Assert.Throws<RuleException>(() => DealConflictDetector.Check(New(), [], -1)).Path);
}
