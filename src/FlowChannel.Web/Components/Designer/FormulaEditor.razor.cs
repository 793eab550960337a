using FlowChannel.Expressions.Formulas;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class FormulaEditor
{
    private readonly Dictionary<string, string?> _samples = new(StringComparer.Ordinal);
    private string? _text;
    private string? _shown;
    private string? _search;
    private FormulaCheckResult _result = new([], null, null);

    [Parameter] public string? Value { get; set; }

    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    [Parameter, EditorRequired] public IReadOnlyList<FormulaReference> References { get; set; } = [];

    [Parameter] public string Label { get; set; } = "";

    [Parameter] public string TestId { get; set; } = "formula";

    private IEnumerable<FormulaFunction> Functions => FormulaCatalogue.Functions.Where(f =>
        string.IsNullOrWhiteSpace(_search) || f.Name.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || f.Description.Contains(_search, StringComparison.OrdinalIgnoreCase));

    // The fields the formula reads get a sample input each.
    private IEnumerable<string> Referenced => FormulaCompiler.Compile(_text ?? "").Formula?.References ?? [];

    protected override void OnParametersSet()
    {
        if (Value != _shown)
        {
            _shown = Value;
            Check(Value);
        }
    }

    private void Check(string? text)
    {
        _text = text;
        _result = FormulaCheck.Run(text ?? "", References, FormulaCheck.Sample(_samples));
    }

    private void SetSample(string name, string? value)
    {
        _samples[name] = value;
        Check(_text);
    }

    private async Task Insert(string text)
    {
        Check((_text ?? "") + text);
        await CommitAsync();
    }

    private Task CommitAsync()
    {
        _shown = _text;
        return ValueChanged.InvokeAsync(string.IsNullOrWhiteSpace(_text) ? null : _text);
    }
}
