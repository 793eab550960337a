using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Deals;

/// <summary>
/// Deal registration conflicts (报备冲突): a new registration conflicts with another partner's active registration
/// of the same customer (same valid credit code, or same normalised name) registered within the protection window
/// (days apart ≤ window, either side); the same partner registering the customer again is a duplicate instead.
/// </summary>
public static class DealConflictDetector
{
    /// <exception cref="RuleException">The protection window is negative.</exception>
    public static DealCheck Check(DealRegistration registration, IReadOnlyList<DealRegistration> existing, int protectionWindowDays)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(existing);
        if (protectionWindowDays < 0)
        {
            throw new RuleException("protectionWindowDays", "The protection window cannot be negative.");
        }
        var name = CustomerName.Normalize(registration.CustomerName);
        var code = string.IsNullOrWhiteSpace(registration.CreditCode) ? null : CreditCode.Check(registration.CreditCode);
        var conflicts = new List<DealMatch>();
        var duplicates = new List<DealMatch>();
        foreach (var other in existing)
        {
            if (other.RegistrationId == registration.RegistrationId || !IsActive(other.Status))
            {
                continue;
            }
            var daysApart = Math.Abs(registration.RegisteredOn.DayNumber - other.RegisteredOn.DayNumber);
            var basis = Compare(name, code, other);
            if (daysApart > protectionWindowDays || basis is null)
            {
                continue;
            }
            var match = new DealMatch(other.RegistrationId, other.PartnerId, other.CustomerName, other.RegisteredOn, other.Status, basis.Value, daysApart);
            (other.PartnerId == registration.PartnerId ? duplicates : conflicts).Add(match);
        }
        return new DealCheck(name, code, Ordered(conflicts), Ordered(duplicates));
    }

    public static bool IsActive(RegistrationStatus status) =>
        status is not (RegistrationStatus.Rejected or RegistrationStatus.Expired or RegistrationStatus.Lost);

    // Codes count only when both are valid: two equal typos are not evidence of one customer.
    private static MatchBasis? Compare(string name, CreditCodeCheck? code, DealRegistration other)
    {
        var sameName = name.Length > 0 && name == CustomerName.Normalize(other.CustomerName);
        var sameCode = code is { IsValid: true }
            && !string.IsNullOrWhiteSpace(other.CreditCode)
            && CreditCode.Check(other.CreditCode) is { IsValid: true } otherCode
            && otherCode.Normalized == code.Normalized;
        return (sameCode, sameName) switch
        {
            (true, true) => MatchBasis.CreditCodeAndName,
            (true, false) => MatchBasis.CreditCode,
            (false, true) => MatchBasis.Name,
            _ => null,
        };
    }

    private static List<DealMatch> Ordered(List<DealMatch> matches) =>
        [.. matches.OrderBy(m => m.RegisteredOn).ThenBy(m => m.RegistrationId, StringComparer.Ordinal)];
}
