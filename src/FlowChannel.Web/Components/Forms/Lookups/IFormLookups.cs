using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Components.Forms.Lookups;

/// <summary>
/// What a form being filled in asks the server for: picker searches, link copies, related records, data linkage and
/// options read from other forms. The renderer cascades one to its fields; pages send mediator queries behind it
/// and component tests give canned answers. A field key of a subform column is <c>sub.col</c>.
/// </summary>
public interface IFormLookups
{
    /// <summary>Users, departments or linked records (by <paramref name="field"/>'s type) matching <paramref name="term"/>.</summary>
    Task<IReadOnlyList<PickItem>> SearchAsync(FieldDefinition field, string fieldKey, string? term, JsonObject current);

    /// <summary>The values a picked linked record copies into this form's fields, by field key.</summary>
    Task<JsonObject> LinkCopyAsync(string fieldKey, Guid recordId);

    Task<RelatedTable> RelatedAsync(string fieldKey, JsonObject current);

    /// <summary>The value 数据联动 pulls from another form for the field, or null when no record matches.</summary>
    Task<JsonNode?> DataLinkageAsync(string fieldKey, JsonObject current);

    /// <summary>The options of a choice field with <c>optionsFrom</c>, for the record as it stands.</summary>
    Task<IReadOnlyList<PickItem>> SourceOptionsAsync(string fieldKey, JsonObject current);
}
