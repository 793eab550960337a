using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// The JavaScript globals Elsa offers to workflow scripts, built once per definition: <c>getX()/setX(v)</c> per
/// variable (PascalCased name), <c>variables.X</c>, <c>getInput(name)</c> and <c>getX()</c> per declared input,
/// <c>getXFromY()</c> per output X of each activity named Y, and the helper functions. A name that is taken already is
/// skipped, so built-ins win over variables, variables over inputs and inputs over outputs.
/// Getters hand state nodes out uncopied: a script global's result is only read, to build the JavaScript value.
/// </summary>
internal static class ScriptGlobalsFactory
{
    // Elsa's toJson leaves non-ASCII text as it is; the default encoder would turn 杭州 into \u escapes.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static ScriptGlobals<ExecutionScope> Build(WorkflowDefinition definition, IEnumerable<CompiledNode> nodes)
    {
        var globals = new Dictionary<string, ScriptGlobal<ExecutionScope>>(StringComparer.Ordinal);
        void Add(string name, ScriptFunction<ExecutionScope> function)
        {
            if (IsIdentifier(name))
            {
                globals.TryAdd(name, ScriptGlobal.Function(name, function));
            }
        }

        Add("getVariable", (s, a) => s.Execution.PeekVariable(a.GetString(0) ?? string.Empty));
        Add("setVariable", (s, a) => Void(() => s.Execution.SetVariable(a.GetString(0) ?? string.Empty, a[1])));
        Add("getInput", (s, a) => s.PeekInput(a.GetString(0)));
        Add("getWorkflowInstanceId", (s, _) => s.State.InstanceId);
        Add("getWorkflowDefinitionId", (s, _) => s.State.DefinitionId);
        Add("getCorrelationId", (s, _) => s.State.CorrelationId);
        Add("setCorrelationId", (s, a) => Void(() => s.State.CorrelationId = a.GetString(0)));
        Add("isNullOrEmpty", (_, a) => string.IsNullOrEmpty(a.GetString(0)));
        Add("isNullOrWhiteSpace", (_, a) => string.IsNullOrWhiteSpace(a.GetString(0)));
        Add("toJson", (_, a) => a[0]?.ToJsonString(ReadableJson) ?? "null");
        Add("newGuid", (_, _) => Guid.NewGuid().ToString());
        Add("newGuidString", (_, _) => Guid.NewGuid().ToString());
        Add("getLastResult", (s, _) => s.State.LastResult);
        Add("getOutputFrom", (s, a) => s.GetOutputFrom(a.GetString(0), a.GetString(1)));
        Add("setOutcome", (s, a) => Void(() => s.AddOutcomes(a.GetString(0) is { } outcome ? [outcome] : [])));
        Add("setOutcomes", (s, a) => Void(() => s.AddOutcomes(a[0] is JsonArray list ? list.Select(o => o?.ToString() ?? string.Empty) : [])));
        ElsaScriptFunctions.AddTo(Add);
        foreach (var refused in ElsaScriptFunctions.Refused())
        {
            globals.TryAdd(refused.Name, refused);
        }

        globals.TryAdd("variables", ScriptGlobal.LiveObject<ExecutionScope>("variables", s => s));
        foreach (var variable in definition.Variables)
        {
            var name = variable.Name;
            Add($"get{Pascalize(name)}", (s, _) => s.Execution.PeekVariable(name));
            Add($"set{Pascalize(name)}", (s, a) => Void(() => s.Execution.SetVariable(name, a[0])));
        }

        foreach (var input in definition.Inputs)
        {
            var name = input.Name;
            Add($"get{Pascalize(name)}", (s, _) => s.PeekInput(name));

            // Elsa's own accessor keeps the name as declared (getrecord for "record"); both are offered.
            Add($"get{name}", (s, _) => s.PeekInput(name));
        }

        foreach (var node in nodes)
        {
            var activityName = node.Node.Name;
            foreach (var output in node.Activity?.Outputs ?? [])
            {
                if (activityName is { Length: > 0 })
                {
                    Add($"get{Pascalize(output)}From{activityName}", (s, _) => s.GetOutputFrom(activityName, output));
                }
            }
        }

        return new ScriptGlobals<ExecutionScope>(globals.Values);
    }

    /// <summary>Humanizer's Pascalize, which Elsa uses: capitalise the first letter and each letter after <c>_</c> or spaces, dropping those.</summary>
    internal static string Pascalize(string name)
    {
        var result = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c is '_' or ' ')
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return result.ToString();
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

    private static JsonNode? Void(Action action)
    {
        action();
        return null;
    }
}
