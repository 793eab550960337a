using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Components.Forms.Lookups;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Forms;

public partial class FieldEditor
{
    [Parameter, EditorRequired] public FieldDefinition Field { get; set; } = default!;

    [Parameter, EditorRequired] public FormModel Model { get; set; } = default!;

    /// <summary>The subform this cell belongs to; null for a field of the form itself.</summary>
    [Parameter] public FieldDefinition? Subform { get; set; }

    [Parameter] public int RowIndex { get; set; }

    [Parameter] public JsonObject? Row { get; set; }

    /// <summary>A subform cell: no label or help, the column header says it.</summary>
    [Parameter] public bool Compact { get; set; }

    [Parameter] public string? Error { get; set; }

    [Parameter] public EventCallback<string> OnChanged { get; set; }

    [CascadingParameter] public IFormLookups? Lookups { get; set; }

    private IReadOnlyList<PickItem>? _sourceOptions;
    private string? _sourceLoadedFor;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>The error path of this value: <c>key</c>, or <c>lines[2].qty</c> in a row.</summary>
    private string Path => Subform is null ? Field.Key : $"{Subform.Key}[{RowIndex}].{Field.Key}";

    // Row cells share column keys, so the id carries the row to stay unique on the page.
    private string InputId => Subform is null ? Field.Key : $"{Subform.Key}-{RowIndex}-{Field.Key}";

    private string Label => Field.Label.Resolve(Culture);

    private string? Placeholder => Field.Placeholder?.Resolve(Culture);

    private JsonNode? Value => (Row ?? Model.Data)[Field.Key];

    private string? Text => Value?.ToString();

    private IEnumerable<string>? Texts => FieldValues.Texts(Value);

    private decimal? Number => FieldValues.Number(Value);

    private DateTime? Date => FieldValues.Date(Value);

    private bool Required => Model.IsRequired(Field, Row);

    private bool ReadOnly => Model.IsReadOnly(Field, Row);

    private string NumberFormat => (Field.Type == FieldType.Percent ? "0." : "#,##0.") + new string('#', Field.Precision ?? (Field.Type == FieldType.Money ? 2 : 0));

    private List<OptionItem> Options => Field.OptionsFrom is null
        ? [.. Model.OfferedOptions(Field, Row).Select(o => new OptionItem(o.Value, o.Label.Resolve(Culture)))]
        : [.. (_sourceOptions ?? []).Select(o => new OptionItem(o.Id, o.Name))];

    // Options read from another form are loaded when the field appears and again when the value they depend on changes.
    protected override async Task OnParametersSetAsync()
    {
        if (Field.OptionsFrom is null || Lookups is null)
        {
            return;
        }
        var parent = Field.OptionsDependOn is { } key ? ((Row is not null && Row.ContainsKey(key) ? Row : Model.Data)[key]?.ToJsonString() ?? "") : "";
        if (_sourceOptions is not null && parent == _sourceLoadedFor)
        {
            return;
        }
        _sourceLoadedFor = parent;
        var fieldKey = Subform is null ? Field.Key : $"{Subform.Key}.{Field.Key}";
        _sourceOptions = await Lookups.SourceOptionsAsync(fieldKey, Model.Data);
    }

    private Task SetText(string? value) => SetAsync(string.IsNullOrWhiteSpace(value) ? null : JsonValue.Create(value));

    private Task SetAsync(JsonNode? value)
    {
        if (Subform is null)
        {
            Model.Set(Field.Key, value);
        }
        else
        {
            Model.SetCell(Subform, RowIndex, Field.Key, value);
        }
        return OnChanged.InvokeAsync(Path);
    }

    private sealed record OptionItem(string Value, string Text);
}
