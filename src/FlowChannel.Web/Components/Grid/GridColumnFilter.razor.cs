using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Schema;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Grid;

public partial class GridColumnFilter
{
    [Parameter, EditorRequired] public FieldDefinition Field { get; set; } = default!;

    [Parameter, EditorRequired] public GridValueKind Kind { get; set; }

    /// <summary>The column's current filter (from a saved view or the user's last input).</summary>
    [Parameter] public GridFilter? Value { get; set; }

    [Parameter] public EventCallback<GridFilter?> Changed { get; set; }

    private string? _choice;
    private string? _low;
    private string? _high;

    protected override void OnParametersSet()
    {
        (_choice, _low, _high) = (null, null, null);
        switch (Value)
        {
            case { Op: GridOperators.Between, Value: JsonArray { Count: 2 } pair }:
                (_low, _high) = (Text(pair[0]), Text(pair[1]));
                break;
            case { Op: GridOperators.GreaterOrEqual }:
                _low = Text(Value.Value);
                break;
            case { Op: GridOperators.LessOrEqual }:
                _high = Text(Value.Value);
                break;
            case { Op: GridOperators.Empty or GridOperators.NotEmpty }:
                _choice = Value.Op;
                break;
            case not null:
                _choice = Text(Value.Value);
                break;
        }
    }

    private Task ChooseAsync(string? choice)
    {
        _choice = string.IsNullOrWhiteSpace(choice) ? null : choice.Trim();
        GridFilter? filter = _choice switch
        {
            null => null,
            GridOperators.Empty or GridOperators.NotEmpty => new GridFilter(Field.Key, _choice),
            _ => Kind switch
            {
                GridValueKind.Date or GridValueKind.DateTime => new GridFilter(Field.Key, GridOperators.Preset, _choice),
                GridValueKind.Boolean => new GridFilter(Field.Key, GridOperators.Equal, _choice == "true"),
                _ when Field.Options.Count > 0 => new GridFilter(Field.Key, GridOperators.Equal, _choice),
                _ => new GridFilter(Field.Key, GridOperators.Contains, _choice),
            },
        };
        return Changed.InvokeAsync(filter);
    }

    private Task SetRangeAsync(string? low, string? high)
    {
        (_low, _high) = (Number(low), Number(high));
        GridFilter? filter = (_low, _high) switch
        {
            (null, null) => null,
            ({ } l, null) => new GridFilter(Field.Key, GridOperators.GreaterOrEqual, l),
            (null, { } h) => new GridFilter(Field.Key, GridOperators.LessOrEqual, h),
            ({ } l, { } h) => new GridFilter(Field.Key, GridOperators.Between, new JsonArray(l, h)),
        };
        return Changed.InvokeAsync(filter);
    }

    private static string? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text!.Trim() : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
}
