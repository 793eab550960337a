using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Forms;

public partial class SubformGrid
{
    // Past this many rows only the rows in view are rendered; a plain table below it keeps tab order simple.
    private const int VirtualizeFrom = 50;

    private List<int> _indices = [];

    [Parameter, EditorRequired] public FieldDefinition Field { get; set; } = default!;

    [Parameter, EditorRequired] public FormModel Model { get; set; } = default!;

    [Parameter] public EventCallback<string> OnChanged { get; set; }

    [CascadingParameter] public FormErrors? Errors { get; set; }

    private JsonArray Rows => Model.Rows(Field.Key);

    private bool Large => Rows.Count > VirtualizeFrom;

    private IEnumerable<FieldDefinition> Columns => Field.SubFields.Where(c => !c.Hidden);

    private bool ReadOnly => Model.IsReadOnly(Field);

    private bool CanAdd => !ReadOnly && Rows.Count < Math.Min(Field.MaxRows ?? SubformLimits.MaxRows, SubformLimits.MaxRows);

    private bool CanRemove => !ReadOnly && Rows.Count > (Field.MinRows ?? 0);

    // Row and cell errors show at their cells; what is left here is about the list (too few rows, …).
    private string? SubformError => Errors?.For(Field.Key, nested: false);

    protected override void OnParametersSet()
    {
        if (_indices.Count != Rows.Count)
        {
            _indices = [.. Enumerable.Range(0, Rows.Count)];
        }
    }

    private Task AddAsync()
    {
        Model.AddRow(Field);
        _indices = [.. Enumerable.Range(0, Rows.Count)];
        return OnChanged.InvokeAsync(Field.Key);
    }

    private Task RemoveAsync(int index)
    {
        Model.RemoveRow(Field, index);
        _indices = [.. Enumerable.Range(0, Rows.Count)];
        return OnChanged.InvokeAsync(Field.Key);
    }
}
