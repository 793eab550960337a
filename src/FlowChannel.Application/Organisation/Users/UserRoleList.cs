namespace FlowChannel.Application.Organisation.Users;

internal static class UserRoleList
{
    /// <summary>Trimmed, without blanks or repeats, in a stable order (so audit entries compare cleanly).</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string?>? roles) =>
        (roles ?? []).Select(r => r?.Trim()).OfType<string>().Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
