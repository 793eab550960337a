using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Directory;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// The options of a choice field with <c>optionsFrom</c>: distinct values of the other form's value field, labelled
/// by its label field, from the records the actor may see that meet the filter on <see cref="Current"/>.
/// </summary>
public sealed record ListSourceOptions(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class ListSourceOptionsHandler(RecordPermissions permissions, FormSchemaCache schemas)
    : IQueryHandler<ListSourceOptions, IReadOnlyList<ReferenceItem>>
{
    public async ValueTask<IReadOnlyList<ReferenceItem>> Handle(ListSourceOptions query, CancellationToken cancellationToken)
    {
        var context = await ReferenceFieldLookup.ResolveAsync(permissions, schemas, query.Actor, query.FormId, query.FieldKey, query.Current, cancellationToken);
        if (context.Field.OptionsFrom is not { } source)
        {
            throw new BadRequestException($"Field '{query.FieldKey}' does not read its options from another form.");
        }
        return await List(permissions, query.Actor, source, context.Current, context.Row, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ReferenceItem>> List(RecordPermissions permissions, Actor actor, OptionSource source,
        JsonObject current, JsonObject? row, CancellationToken ct)
    {
        var records = await SourceRecords.FindAsync(permissions, actor, source.Form, source.Filter, current, row, int.MaxValue, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = new List<ReferenceItem>();
        foreach (var record in records)
        {
            if (JsonValueText.Key(record.Data[source.ValueField]) is { Length: > 0 } value && seen.Add(value))
            {
                var label = source.LabelField is { } labelField ? JsonValueText.Of(record.Data[labelField]) : null;
                options.Add(new ReferenceItem(value, string.IsNullOrEmpty(label) ? value : label));
            }
        }
        return options;
    }
}
