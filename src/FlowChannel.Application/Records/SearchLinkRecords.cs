using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Directory;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// Records a link field may point at: the other form's records the actor may see that meet the field's filter
/// (evaluated against <see cref="Current"/>, this record's values so far) and whose search fields contain
/// <see cref="Term"/>. <see cref="FieldKey"/> is <c>sub.col</c> for a subform column.
/// </summary>
public sealed record SearchLinkRecords(Actor Actor, string FormId, string FieldKey, string? Term, JsonObject? Current, int Take = 20)
    : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchLinkRecordsHandler : IQueryHandler<SearchLinkRecords, IReadOnlyList<ReferenceItem>>
{
    public ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchLinkRecords query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The link search lands with the reference handlers.");
}
