using FlowChannel.Expressions.Caching;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// The names scripts may reference and how each is bound per evaluation. Build one per kind of caller
/// (e.g. per workflow definition) and reuse it: compiled scripts are cached inside the table.
/// </summary>
public sealed class ScriptGlobals<TContext>
{
    // A table that sees unbounded distinct script texts (ad-hoc expressions) must not grow without end.
    private const int MaxCachedScripts = 10_000;

    private readonly TextKeyedCache<CompiledScript> _compiled = new(MaxCachedScripts);

    public ScriptGlobals(IEnumerable<ScriptGlobal<TContext>> globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        Globals = [.. globals];
        var duplicate = Globals.GroupBy(g => g.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The global '{duplicate.Key}' is declared twice.", nameof(globals));
        }
    }

    public IReadOnlyList<ScriptGlobal<TContext>> Globals { get; }

    private int FunctionIndex(string name)
    {
        for (var i = 0; i < Globals.Count; i++)
        {
            if (Globals[i].Name == name && Globals[i].Function is not null)
            {
                return i;
            }
        }

        return -1;
    }

    internal CompiledScript GetOrCompile(string script)
    {
        if (_compiled.TryGet(script, out var compiled))
        {
            return compiled;
        }

        var referenced = new List<int>();
        for (var i = 0; i < Globals.Count; i++)
        {
            if (ScriptIdentifiers.IsReferenced(script, Globals[i].Name))
            {
                referenced.Add(i);
            }
        }

        compiled = ScriptCompiler.Compile(script, [.. referenced.Select(i => Globals[i].Name)], [.. referenced], FunctionIndex);
        return _compiled.Add(script, compiled);
    }
}
