using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Organisation.Import;

/// <summary>
/// Finds what an import row names by text: a department by path (<c>渠道部/华东区</c>, Chinese or English names) or by a
/// name that only one active department has; a partner by company name or credit code; roles from a list.
/// </summary>
internal sealed class ImportLookups(OrganisationSnapshot org)
{
    private static readonly char[] RoleSeparators = [',', ';', '，', '；', '、', '|', ' '];

    private readonly ILookup<string, Department> _byPath = org.Departments.Where(d => d.IsActive)
        .SelectMany(d => new[] { (Key: org.PathOf(d), d), (Key: org.PathOf(d, english: true), d) })
        .Select(x => (Key: x.Key.ToLowerInvariant(), x.d)).Distinct()
        .ToLookup(x => x.Key, x => x.d);

    private readonly ILookup<string, Department> _byName = org.Departments.Where(d => d.IsActive)
        .SelectMany(d => new[] { (Key: d.Name, d), (Key: d.NameEn ?? d.Name, d) })
        .Select(x => (Key: x.Key.ToLowerInvariant(), x.d)).Distinct()
        .ToLookup(x => x.Key, x => x.d);

    public (Guid? Id, string? Code, string? Message) Department(string? text)
    {
        if (text is null)
        {
            return default;
        }
        var key = string.Join('/', text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var found = _byPath[key].Distinct().ToList();
        if (found.Count == 0 && !key.Contains('/', StringComparison.Ordinal))
        {
            found = _byName[key].Distinct().ToList();
        }
        return found.Count switch
        {
            1 => (found[0].Id, null, null),
            0 => (null, "unknownDepartment", $"No active department is called or has the path '{text}'."),
            _ => (null, "ambiguousDepartment", $"{found.Count} departments are called '{text}'; write its path, e.g. {string.Join(" or ", found.Select(d => org.PathOf(d)))}."),
        };
    }

    public (Guid? Id, string? Code, string? Message) Partner(string? text)
    {
        if (text is null)
        {
            return default;
        }
        var found = org.Partners.Where(p => string.Equals(p.Name, text, StringComparison.Ordinal)
            || string.Equals(p.CreditCode, text, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count switch
        {
            1 => (found[0].Id, null, null),
            0 => (null, "unknownPartner", $"No partner organisation has the company name or credit code '{text}'."),
            _ => (null, "ambiguousPartner", $"{found.Count} partner organisations are called '{text}'; give the credit code instead."),
        };
    }

    public static IReadOnlyList<string> Roles(string? text) =>
        (text ?? "").Split(RoleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
