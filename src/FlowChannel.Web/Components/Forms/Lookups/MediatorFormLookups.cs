using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Directory;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;

namespace FlowChannel.Web.Components.Forms.Lookups;

/// <summary>The lookups of a form page: the Application's picker queries, sent as the signed-in person.</summary>
public sealed class MediatorFormLookups(RequestSender sender, Actor actor, string formId) : IFormLookups
{
    public async Task<IReadOnlyList<PickItem>> SearchAsync(FieldDefinition field, string fieldKey, string? term, JsonObject current)
    {
        IReadOnlyList<ReferenceItem> found = field.Type switch
        {
            FieldType.Member or FieldType.Members => await sender.SendAsync(new SearchUsers(actor, term)),
            FieldType.Department or FieldType.Departments => await sender.SendAsync(new SearchDepartments(actor, term)),
            FieldType.Link => await sender.SendAsync(new SearchLinkRecords(actor, formId, fieldKey, term, current)),
            _ => [],
        };
        return Picks(found);
    }

    public Task<JsonObject> LinkCopyAsync(string fieldKey, Guid recordId) =>
        sender.SendAsync(new GetLinkCopy(actor, formId, fieldKey, recordId));

    public async Task<RelatedTable> RelatedAsync(string fieldKey, JsonObject current)
    {
        var view = await sender.SendAsync(new QueryRelatedRecords(actor, formId, fieldKey, current));
        return new RelatedTable([.. view.Columns.Select(c => (c.Key, c.Label))], view.Rows);
    }

    public Task<JsonNode?> DataLinkageAsync(string fieldKey, JsonObject current) =>
        sender.SendAsync(new ResolveDataLinkage(actor, formId, fieldKey, current));

    public async Task<IReadOnlyList<PickItem>> SourceOptionsAsync(string fieldKey, JsonObject current) =>
        Picks(await sender.SendAsync(new ListSourceOptions(actor, formId, fieldKey, current)));

    private static List<PickItem> Picks(IEnumerable<ReferenceItem> items) => [.. items.Select(i => new PickItem(i.Id, i.Name, i.Detail))];
}
