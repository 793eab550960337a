using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class JsonView
{
    private string _text = "";
    private string? _syntax;
    private IReadOnlyList<DesignProblem> _refused = [];
    private int _revision = -1;

    [Parameter, EditorRequired] public FormDocument Document { get; set; } = default!;

    [Parameter] public EventCallback OnChanged { get; set; }

    protected override void OnParametersSet()
    {
        if (_revision != Document.Revision)
        {
            Reset();
        }
    }

    private void Reset()
    {
        _revision = Document.Revision;
        _text = Document.ToJson();
        (_syntax, _refused) = (null, []);
    }

    // A draft may hold problems it had before (an empty tab waits for its fields), so only problems the edit would
    // add refuse it: the raw text is no way round the checks the rest of the designer keeps.
    private Task ApplyAsync()
    {
        (_syntax, _refused) = (null, []);
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(_text);
        }
        catch (JsonException e)
        {
            _syntax = T.Format("designer.JsonSyntax", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, PointerOf(e.Path), e.Message);
            return Task.CompletedTask;
        }
        if (parsed is not JsonObject root)
        {
            _syntax = T["designer.JsonNotObject"];
            return Task.CompletedTask;
        }
        var before = DesignProblem.Of(Document).Select(p => (p.Path, p.Message)).ToHashSet();
        _refused = [.. FormSchemaParser.Parse(_text).Errors
            .Where(e => !before.Contains((e.Pointer, e.Message)))
            .Select(e => new DesignProblem(e.Pointer, null, e.Message))];
        if (_refused.Count > 0)
        {
            return Task.CompletedTask;
        }
        Document.Replace(root);
        Reset();
        return OnChanged.InvokeAsync();
    }

    /// <summary>System.Text.Json's path (<c>$.fields[1].label</c>) as a JSON pointer (<c>/fields/1/label</c>).</summary>
    internal static string PointerOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }
        var pointer = new System.Text.StringBuilder();
        var rest = path.StartsWith('$') ? path[1..] : path;
        foreach (var part in rest.Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.TrimEnd(']').Trim('\'');
            pointer.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }
        return pointer.ToString();
    }
}
