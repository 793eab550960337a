using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Versions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// What changed in a stored version against the one before it (or against <see cref="Against"/>); the first version
/// lists every field as added. Designers and admins only, as the history belongs to the designer.
/// </summary>
public sealed record CompareFormVersions(Actor Actor, string FormId, int Version, int? Against = null) : IQuery<SchemaChangeList>;

public sealed class CompareFormVersionsHandler(FlowChannelDbContext db) : IQueryHandler<CompareFormVersions, SchemaChangeList>
{
    public async ValueTask<SchemaChangeList> Handle(CompareFormVersions query, CancellationToken cancellationToken)
    {
        FormDesignRights.DemandDesigner(query.Actor);
        var newer = await SchemaAsync(query.FormId, query.Version, cancellationToken)
            ?? throw new NotFoundException("Form", $"{query.FormId} v{query.Version}");
        var againstVersion = query.Against ?? await db.FormDefinitions.AsNoTracking()
            .Where(f => f.FormId == query.FormId && f.Version < query.Version)
            .MaxAsync(f => (int?)f.Version, cancellationToken);
        var older = againstVersion is { } v
            ? await SchemaAsync(query.FormId, v, cancellationToken) ?? throw new NotFoundException("Form", $"{query.FormId} v{v}")
            : new JsonObject { ["fields"] = new JsonArray() };
        return SchemaChanges.Compare(older, newer);
    }

    private async Task<JsonObject?> SchemaAsync(string formId, int version, CancellationToken ct)
    {
        var json = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.FormId == formId && f.Version == version)
            .Select(f => f.SchemaJson)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : JsonNode.Parse(json)!.AsObject();
    }
}
