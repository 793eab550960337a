using System.Globalization;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class RuleEditor
{
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private DesignedRule? _previous;
    private bool _editing;
    private bool _advanced;
    private string? _condition;
    private string? _error;
    private RuleAction _action;

    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    [Parameter] public EventCallback OnChanged { get; set; }

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";

    private IReadOnlyList<FormulaReference> References => FormulaReferences.For(State.Document.Root, null, Culture);

    private Task ChangedAsync() => OnChanged.InvokeAsync();

    private void Edit(DesignedRule? rule)
    {
        (_previous, _editing, _error) = (rule, true, null);
        _condition = rule?.Condition;
        _action = rule?.Action ?? RuleAction.Show;
        _advanced = rule is not null && !RuleFormula.TryRead(rule.Condition, out _, out _);
        _targets.Clear();
        _targets.UnionWith(rule?.Targets ?? []);
    }

    private void Toggle(string key, bool on)
    {
        if (on)
        {
            _targets.Add(key);
        }
        else
        {
            _targets.Remove(key);
        }
    }

    private Task SaveAsync()
    {
        if (string.IsNullOrWhiteSpace(_condition) || _targets.Count == 0)
        {
            _error = T["designer.RuleIncomplete"];
            return Task.CompletedTask;
        }
        State.Rules.Save(new DesignedRule(_action, _condition, [.. _targets]), _previous);
        _editing = false;
        return OnChanged.InvokeAsync();
    }

    private Task DeleteAsync(DesignedRule rule)
    {
        State.Rules.Delete(rule);
        return OnChanged.InvokeAsync();
    }
}
