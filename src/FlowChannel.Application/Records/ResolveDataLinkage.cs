using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// 数据联动: the default a field takes from the first (newest) record of another form that matches its conditions on
/// <see cref="Current"/>; null when none matches.
/// </summary>
public sealed record ResolveDataLinkage(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<JsonNode?>;

public sealed class ResolveDataLinkageHandler : IQueryHandler<ResolveDataLinkage, JsonNode?>
{
    public ValueTask<JsonNode?> Handle(ResolveDataLinkage query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Data linkage lands with the reference handlers.");
}
