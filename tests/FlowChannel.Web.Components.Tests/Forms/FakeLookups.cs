using FlowChannel.Web.Components.Forms.Lookups;

namespace FlowChannel.Web.Components.Tests.Forms;

/// <summary>Canned server answers for pickers and related lists.</summary>
public sealed class FakeLookups : IFormLookups
{
    public List<string?> Searches { get; } = [];

    public Task<IReadOnlyList<PickItem>> SearchAsync(FieldDefinition field, string fieldKey, string? term, JsonObject current)
    {
        Searches.Add(term);
        IReadOnlyList<PickItem> items = [new("u1", "Wang Fang"), new("u2", "Li Lei")];
        return Task.FromResult(items);
    }

    public Task<JsonObject> LinkCopyAsync(string fieldKey, Guid recordId) => Task.FromResult(new JsonObject());

    public Task<RelatedTable> RelatedAsync(string fieldKey, JsonObject current) =>
        Task.FromResult(new RelatedTable([("a", "Column A")], [new JsonObject { ["a"] = "first related" }]));

    public Task<JsonNode?> DataLinkageAsync(string fieldKey, JsonObject current) => Task.FromResult<JsonNode?>(null);

    public Task<IReadOnlyList<PickItem>> SourceOptionsAsync(string fieldKey, JsonObject current) =>
        Task.FromResult<IReadOnlyList<PickItem>>([]);
}
