using System.Text.Json.Nodes;
using FlowChannel.Application.Partners;
using FlowChannel.Expressions.Json;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Partners;

/// <summary>
/// Every partner organisation (each partner-profile record that is not deleted), read for pickers and imports.
/// The names live in the record's JSON, so they are read in memory: a platform has hundreds of partners, not millions.
/// </summary>
public static class PartnerChoices
{
    public const string NameField = "companyName";
    public const string CreditCodeField = "creditCode";

    public static async Task<IReadOnlyList<PartnerChoice>> LoadAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var profiles = await db.FormRecords.AsNoTracking()
            .Where(r => r.FormId == PartnerDirectory.ProfileFormId)
            .Select(r => new { r.Id, r.DataJson })
            .ToListAsync(ct);
        return profiles.Select(p => From(p.Id, p.DataJson)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private static PartnerChoice From(Guid id, string json)
    {
        var data = JsonNode.Parse(json) as JsonObject;
        var name = JsonScalars.TryGetString(data?[NameField], out var n) && n.Length > 0 ? n : id.ToString();
        var code = JsonScalars.TryGetString(data?[CreditCodeField], out var c) && c.Length > 0 ? c : null;
        return new PartnerChoice(id, name, code);
    }
}
