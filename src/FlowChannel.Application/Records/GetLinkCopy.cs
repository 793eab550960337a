using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// The values a link field copies when <see cref="RecordId"/> is picked: this form's target field key → the
/// linked record's value (the field's <c>copy</c> map).
/// </summary>
public sealed record GetLinkCopy(Actor Actor, string FormId, string FieldKey, Guid RecordId) : IQuery<JsonObject>;

public sealed class GetLinkCopyHandler : IQueryHandler<GetLinkCopy, JsonObject>
{
    public ValueTask<JsonObject> Handle(GetLinkCopy query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Link copies land with the reference handlers.");
}
