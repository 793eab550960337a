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
/// Records a link field may point at: the other form's records the actor may see that meet the field's filter
/// (evaluated against <see cref="Current"/>, this record's values so far) and whose search fields contain
/// <see cref="Term"/>. <see cref="FieldKey"/> is <c>sub.col</c> for a subform column.
/// </summary>
public sealed record SearchLinkRecords(Actor Actor, string FormId, string FieldKey, string? Term, JsonObject? Current, int Take = 20)
    : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchLinkRecordsHandler(RecordPermissions permissions, FormSchemaCache schemas)
    : IQueryHandler<SearchLinkRecords, IReadOnlyList<ReferenceItem>>
{
    public async ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchLinkRecords query, CancellationToken cancellationToken)
    {
        var context = await ReferenceFieldLookup.ResolveAsync(permissions, schemas, query.Actor, query.FormId, query.FieldKey, query.Current, cancellationToken);
        if (context.Field.Link is not { } link)
        {
            throw new BadRequestException($"Field '{query.FieldKey}' is not a link field.");
        }
        var searchFields = link.SearchFields.Count > 0 ? link.SearchFields : [link.DisplayField];
        var term = query.Term?.Trim() ?? "";
        // The term narrows the filtered records, so it joins the filter as one more in-memory condition.
        var records = await SourceRecords.FindAsync(permissions, query.Actor, link.Form, link.Filter, context.Current, context.Row,
            int.MaxValue, cancellationToken);
        return records
            .Where(r => term.Length == 0 || searchFields.Any(f => JsonValueText.Of(r.Data[f])?.Contains(term, StringComparison.OrdinalIgnoreCase) == true))
            .Take(Math.Clamp(query.Take, 1, 100))
            .Select(r => Item(r, link, searchFields))
            .ToList();
    }

    internal static ReferenceItem Item(SourceRecord record, LinkSettings link, IReadOnlyList<string> searchFields)
    {
        var name = JsonValueText.Of(record.Data[link.DisplayField]) is { Length: > 0 } display ? display : record.Id.ToString();
        var detail = string.Join(" · ", searchFields.Where(f => f != link.DisplayField)
            .Select(f => JsonValueText.Of(record.Data[f])).Where(t => !string.IsNullOrEmpty(t)));
        return new ReferenceItem(record.Id.ToString(), name, detail.Length > 0 ? detail : null);
    }
}
