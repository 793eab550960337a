using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// The values a link field copies when <see cref="RecordId"/> is picked: this form's target field key → the
/// linked record's value (the field's <c>copy</c> map). A record the actor may not see answers 404.
/// </summary>
public sealed record GetLinkCopy(Actor Actor, string FormId, string FieldKey, Guid RecordId) : IQuery<JsonObject>;

public sealed class GetLinkCopyHandler(RecordPermissions permissions, FormSchemaCache schemas) : IQueryHandler<GetLinkCopy, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetLinkCopy query, CancellationToken cancellationToken)
    {
        var context = await ReferenceFieldLookup.ResolveAsync(permissions, schemas, query.Actor, query.FormId, query.FieldKey, null, cancellationToken);
        if (context.Field.Link is not { } link)
        {
            throw new BadRequestException($"Field '{query.FieldKey}' is not a link field.");
        }
        var record = await SourceRecords.GetAsync(permissions, query.Actor, link.Form, query.RecordId, cancellationToken)
            ?? throw new NotFoundException("Record", query.RecordId.ToString());
        return LinkCopies.From(link, record.Data);
    }
}
