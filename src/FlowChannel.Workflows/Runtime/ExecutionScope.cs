using System.Text.Json.Nodes;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Workflows.Activities;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// What scripts of one run see through their globals: the run's variables, input and identity. Also the live
/// <c>variables</c> object. <see cref="ScriptOutcomes"/> is set only while <c>Elsa.RunJavaScript</c> runs.
/// </summary>
internal sealed class ExecutionScope(WorkflowExecution execution) : IScriptObjectHost
{
    public WorkflowExecution Execution { get; } = execution;

    public WorkflowInstanceState State => Execution.State;

    public List<string>? ScriptOutcomes { get; set; }

    IEnumerable<string> IScriptObjectHost.Keys => Execution.Workflow.VariablesByName.Keys;

    public JsonNode? GetValue(string key) => Execution.PeekVariable(key);

    public void SetValue(string key, JsonNode? value) => Execution.SetVariable(key, value);

    public JsonNode? GetInput(string? name) => PeekInput(name)?.DeepClone();

    /// <summary>
    /// The input itself, not a copy: for script globals only, whose results are converted to JavaScript values at
    /// once and never kept, so copying first would only cost time.
    /// </summary>
    public JsonNode? PeekInput(string? name) => name is null ? null : State.Input[name];

    public void AddOutcomes(IEnumerable<string> outcomes)
    {
        if (ScriptOutcomes is null)
        {
            throw new WorkflowFaultException("setOutcome and setOutcomes are only available in Elsa.RunJavaScript.");
        }

        ScriptOutcomes.AddRange(outcomes);
    }

    /// <summary>An output of an activity, found by name or id; without an output name, its <c>result</c>. Not a copy: for scripts.</summary>
    public JsonNode? GetOutputFrom(string? activity, string? output)
    {
        var node = Array.Find(Execution.Workflow.Nodes, n => n.Node.Name == activity) ?? Array.Find(Execution.Workflow.Nodes, n => n.Id == activity);
        if (node is null || !State.ActivityOutputs.TryGetValue(node.Id, out var outputs))
        {
            return null;
        }

        return outputs[output ?? "result"];
    }
}
