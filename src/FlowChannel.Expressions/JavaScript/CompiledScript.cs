using Acornima.Ast;
using Jint;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// A script prepared once (parsed, wrapped as a function of the globals it references) and shared by all engines.
/// <see cref="GlobalIndexes"/> are the positions, in the owning table, of the function's parameters.
/// </summary>
internal sealed record CompiledScript(Prepared<Script> Prepared, int[] GlobalIndexes)
{
    /// <summary>Set when the script is simple enough to answer without an engine.</summary>
    public ScriptShortcut? Shortcut { get; init; }
}
