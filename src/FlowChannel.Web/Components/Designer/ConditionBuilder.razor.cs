using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class ConditionBuilder
{
    private List<RuleCondition> _conditions = [];
    private RuleJoin _join;
    private string? _shown;
    private bool _started;

    [Parameter, EditorRequired] public FormDocument Document { get; set; } = default!;

    /// <summary>The formula to start from; one this builder cannot read starts an empty builder.</summary>
    [Parameter] public string? Formula { get; set; }

    [Parameter] public EventCallback<string?> FormulaChanged { get; set; }

    [Parameter] public string TestId { get; set; } = "condition-builder";

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";

    private IReadOnlyList<FormulaReference> Fields => [.. FormulaReferences.For(Document.Root, null, Culture).Where(r => !r.Name.Contains('.', StringComparison.Ordinal))];

    protected override void OnParametersSet()
    {
        if (_started && Formula == _shown)
        {
            return;
        }
        (_started, _shown) = (true, Formula);
        if (RuleFormula.TryRead(Formula, out var conditions, out var join))
        {
            (_conditions, _join) = ([.. conditions], join);
        }
        else if (string.IsNullOrWhiteSpace(Formula))
        {
            (_conditions, _join) = ([new RuleCondition("", RuleOperator.Equals)], RuleJoin.All);
        }
    }

    // A choice field offers its options to pick from instead of a value to type.
    private List<(string Value, string Label)> OptionsOf(string? key)
    {
        var node = SchemaItems.InOrder(Document.Root).Select(p => SchemaPointer.Resolve(Document.Root, p) as JsonObject)
            .FirstOrDefault(n => SchemaItems.KeyOf(n) == key);
        return (node?["options"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => (o["value"]?.GetValue<string>() ?? "", PropertyEditor.Text(o, "label", Culture) ?? PropertyEditor.Text(o, "label", "en") ?? ""))
            .ToList();
    }

    // The change applies to the line as it is now, not as it was rendered: two quick changes (field, then operator)
    // can both arrive before the browser has the re-render, and the second must not undo the first.
    private Task Update(int index, Func<RuleCondition, RuleCondition> change)
    {
        if (index >= _conditions.Count)
        {
            return Task.CompletedTask;
        }
        _conditions[index] = change(_conditions[index]);
        return EmitAsync();
    }

    private Task Remove(int index)
    {
        _conditions.RemoveAt(index);
        return EmitAsync();
    }

    private void Add() => _conditions.Add(new RuleCondition("", RuleOperator.Equals));

    private Task SetJoin(RuleJoin join)
    {
        _join = join;
        return EmitAsync();
    }

    // Only complete conditions make a formula; a half-filled line waits for its field.
    private Task EmitAsync()
    {
        var complete = _conditions.Where(c => c.Field.Length > 0).ToList();
        var formula = complete.Count == 0 ? null : RuleFormula.Build(complete, _join, key => SchemaItems.TypeOf(
            SchemaItems.InOrder(Document.Root).Select(p => SchemaPointer.Resolve(Document.Root, p)).FirstOrDefault(n => SchemaItems.KeyOf(n) == key)));
        _shown = formula;
        return FormulaChanged.InvokeAsync(formula);
    }
}
