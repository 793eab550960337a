using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// A name other hosts offer templates that this sandbox refuses: Elsa's opt-in <c>Configuration</c>, which exposes
/// server settings, and <c>System</c>, the way into .NET elsewhere. Unknown names render empty in Liquid, which would
/// hide the reason; reading a member of this fails with <paramref name="message"/> instead.
/// </summary>
internal sealed class RefusedLiquidObject(string message) : IScriptObject
{
    /// <summary>Adds the refused names below the template's own: a model entry of the same name still wins.</summary>
    public static void AddTo(ScriptObject builtins)
    {
        builtins.SetValue("Configuration", new RefusedLiquidObject("Configuration is not available to templates: it would expose server settings."), readOnly: true);
        builtins.SetValue("System", new RefusedLiquidObject("System is not available: templates have no .NET access."), readOnly: true);
    }

    public int Count => 0;

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => [];

    public bool Contains(string member) => false;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        throw new ScriptRuntimeException(span, message);

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        throw new ScriptRuntimeException(span, message);

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => this;
}
