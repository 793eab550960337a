using System.Text.Json.Nodes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// The top-level names of one render: the caller's model and extra names (which win), wrapped only when a template
/// reads them. Building a <see cref="ScriptObject"/> with every name wrapped cost more than most renders, which read
/// two or three names. What a template assigns stays here, so the caller's model is never changed.
/// </summary>
internal sealed class ModelScriptObject(IReadOnlyDictionary<string, JsonNode?> model, IReadOnlyDictionary<string, JsonNode?>? extra)
    : IScriptObject
{
    private Dictionary<string, object?>? _assigned;

    public int Count => GetMembers().Count();

    public bool IsReadOnly
    {
        get => false;
        set { }
    }

    public IEnumerable<string> GetMembers() =>
        model.Keys.Concat(extra?.Keys ?? []).Concat(_assigned?.Keys.AsEnumerable() ?? []).Distinct(StringComparer.Ordinal);

    public bool Contains(string member) =>
        (_assigned?.ContainsKey(member) ?? false) || (extra?.ContainsKey(member) ?? false) || model.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_assigned is not null && _assigned.TryGetValue(member, out value))
        {
            return true;
        }

        if ((extra is not null && extra.TryGetValue(member, out var node)) || model.TryGetValue(member, out node))
        {
            value = JsonModel.Wrap(node);
            return true;
        }

        value = null;
        return false;
    }

    public bool CanWrite(string member) => true;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        (_assigned ??= new(StringComparer.Ordinal))[member] = value;
        return true;
    }

    public bool Remove(string member) => _assigned?.Remove(member) ?? false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep)
    {
        var copy = new ModelScriptObject(model, extra);
        if (_assigned is not null)
        {
            copy._assigned = new(_assigned, StringComparer.Ordinal);
        }

        return copy;
    }
}
