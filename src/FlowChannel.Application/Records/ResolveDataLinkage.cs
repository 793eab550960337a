using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// 数据联动: the default a field takes from the first (newest) record of another form that matches its conditions on
/// <see cref="Current"/>; null when none matches. Only records the actor may see are considered.
/// </summary>
public sealed record ResolveDataLinkage(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<JsonNode?>;

public sealed class ResolveDataLinkageHandler(RecordPermissions permissions, FormSchemaCache schemas) : IQueryHandler<ResolveDataLinkage, JsonNode?>
{
    public async ValueTask<JsonNode?> Handle(ResolveDataLinkage query, CancellationToken cancellationToken)
    {
        var context = await ReferenceFieldLookup.ResolveAsync(permissions, schemas, query.Actor, query.FormId, query.FieldKey, query.Current, cancellationToken);
        if (context.Field.DefaultLink is not { } linkage)
        {
            throw new BadRequestException($"Field '{query.FieldKey}' has no data linkage.");
        }
        return await Resolve(permissions, query.Actor, linkage, context.Current, context.Row, cancellationToken);
    }

    internal static async Task<JsonNode?> Resolve(RecordPermissions permissions, Actor actor, FlowChannel.Forms.Schema.DataLinkage linkage,
        JsonObject current, JsonObject? row, CancellationToken ct)
    {
        var first = await SourceRecords.FindAsync(permissions, actor, linkage.Form, linkage.Where, current, row, 1, ct);
        return first.Count > 0 ? first[0].Data[linkage.Take]?.DeepClone() : null;
    }
}
