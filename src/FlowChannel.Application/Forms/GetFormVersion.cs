using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>The schema JSON of one stored version exactly as stored, e.g. to start a draft from or to read an old record with.</summary>
public sealed record GetFormVersion(Actor Actor, string FormId, int Version) : IQuery<FormVersionDocument>;

public sealed record FormVersionDocument(string FormId, int Version, bool IsPublished, DateTime CreatedAt, JsonNode Schema);

public sealed class GetFormVersionHandler(FlowChannelDbContext db) : IQueryHandler<GetFormVersion, FormVersionDocument>
{
    public async ValueTask<FormVersionDocument> Handle(GetFormVersion query, CancellationToken cancellationToken)
    {
        var row = await db.FormDefinitions.AsNoTracking()
            .FirstOrDefaultAsync(f => f.FormId == query.FormId && f.Version == query.Version, cancellationToken)
            ?? throw new NotFoundException("Form", $"{query.FormId} v{query.Version}");
        return new FormVersionDocument(row.FormId, row.Version, row.IsPublished, row.CreatedAt, JsonNode.Parse(row.SchemaJson)!);
    }
}
