using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Directory;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// The options of a choice field with <c>optionsFrom</c>: distinct values of the other form's value field, labelled
/// by its label field, from the records that meet the filter on <see cref="Current"/>.
/// </summary>
public sealed record ListSourceOptions(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class ListSourceOptionsHandler : IQueryHandler<ListSourceOptions, IReadOnlyList<ReferenceItem>>
{
    public ValueTask<IReadOnlyList<ReferenceItem>> Handle(ListSourceOptions query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Sourced options land with the reference handlers.");
}
