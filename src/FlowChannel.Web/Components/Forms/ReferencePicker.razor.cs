using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Components.Forms.Lookups;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace FlowChannel.Web.Components.Forms;

public partial class ReferencePicker
{
    private List<PickItem> _items = [];

    [Parameter, EditorRequired] public FieldDefinition Field { get; set; } = default!;

    [Parameter, EditorRequired] public FormModel Model { get; set; } = default!;

    [Parameter] public FieldDefinition? Subform { get; set; }

    [Parameter] public int RowIndex { get; set; }

    [Parameter] public JsonNode? Value { get; set; }

    [Parameter] public EventCallback<JsonNode?> ValueChanged { get; set; }

    [Parameter] public bool Disabled { get; set; }

    [CascadingParameter] public IFormLookups? Lookups { get; set; }

    private bool Multiple => Field.Type is FieldType.Members or FieldType.Departments;

    private string FieldKey => Subform is null ? Field.Key : $"{Subform.Key}.{Field.Key}";

    private IEnumerable<PickItem> Selected => Value switch
    {
        JsonArray many => many.OfType<JsonObject>().Select(ToItem),
        JsonObject one => [ToItem(one)],
        _ => [],
    };

    private List<string> SelectedIds => [.. Selected.Select(i => i.Id)];

    // Keeps the last search's results: the form re-renders on every change elsewhere, and the list should not empty then.
    protected override void OnParametersSet() => Merge(_items);

    private async Task LoadAsync(LoadDataArgs args)
    {
        if (Lookups is null)
        {
            return;
        }
        var found = await Lookups.SearchAsync(Field, FieldKey, args.Filter, Model.Data);
        Merge(found);
    }

    // The chosen values stay in the list whatever the search found, or the dropdown could not show their names.
    private void Merge(IEnumerable<PickItem> found)
    {
        var byId = new Dictionary<string, PickItem>(StringComparer.Ordinal);
        foreach (var item in Selected.Concat(found))
        {
            byId.TryAdd(item.Id, item);
        }
        _items = [.. byId.Values];
    }

    private Task PickManyAsync(IEnumerable<string>? ids)
    {
        var chosen = (ids ?? []).Select(Find).OfType<PickItem>().Select(i => (JsonNode?)FieldValues.Reference(i.Id, i.Name));
        return ValueChanged.InvokeAsync(new JsonArray([.. chosen]));
    }

    private async Task PickOneAsync(string? id)
    {
        var item = id is null ? null : Find(id);
        await ValueChanged.InvokeAsync(item is null ? null : FieldValues.Reference(item.Id, item.Name));
        if (item is not null && Field.Type == FieldType.Link && Field.Link is { Copy.Count: > 0 } && Lookups is not null
            && Guid.TryParse(item.Id, out var recordId))
        {
            var copied = await Lookups.LinkCopyAsync(FieldKey, recordId);
            foreach (var (key, value) in copied)
            {
                Copy(key, value?.DeepClone());
            }
        }
    }

    // A link in a subform row copies into the same row's columns; on the form, into form fields.
    private void Copy(string key, JsonNode? value)
    {
        if (Subform is not null && Subform.SubFields.Any(c => c.Key == key))
        {
            Model.SetCell(Subform, RowIndex, key, value);
        }
        else if (Model.Schema.FindField(key) is not null)
        {
            Model.Set(key, value);
        }
    }

    private PickItem? Find(string id) => _items.FirstOrDefault(i => i.Id == id);

    private static PickItem ToItem(JsonObject reference) =>
        new(reference["id"]?.ToString() ?? "", reference["name"]?.ToString() ?? reference["id"]?.ToString() ?? "");
}
