using System.Text.Json.Nodes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FlowChannel.Expressions.Liquid;

/// <summary>A read-only view of a <see cref="JsonObject"/> for templates; members are wrapped on access.</summary>
internal sealed class JsonScriptObject(JsonObject source) : IScriptObject
{
    /// <summary>The wrapped node, for filters that turn it back into JSON; never handed to templates.</summary>
    internal JsonObject Source => source;

    public int Count => source.Count;

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => source.Select(p => p.Key);

    public bool Contains(string member) => source.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (source.TryGetPropertyValue(member, out var node))
        {
            value = JsonModel.Wrap(node);
            return true;
        }

        value = null;
        return false;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => new JsonScriptObject(source);
}
